// Helpers for end-to-end tests (node:test + playwright-core + Debian's Chromium).
// Playwright never downloads a browser here: it always drives /usr/bin/chromium.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
// SAMENPLAN_DIST lets a second checkout of the build be tested while dist/ is rebuilt.
const DIST = process.env.SAMENPLAN_DIST || path.join(REPO, 'dist');

// Root needs --no-sandbox; the network flags keep Chromium from phoning home,
// which this offline machine would refuse (noise and slow starts).
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Serves dist/ on a free loopback port and launches headless Chromium
 * (with a fresh temporary profile, as Playwright's launch() does).
 * `extraArgs`: Chromium flags added after the usual ones (e.g. a fake camera).
 * Returns { browser, baseUrl, newPage({ viewport, locale }), close() }.
 */
export async function startApp({ extraArgs = [] } = {}) {
  if (!fs.existsSync(path.join(DIST, 'pkg', 'samenplan_bg.wasm'))) {
    throw new Error('dist/pkg/samenplan_bg.wasm is missing: run scripts/build first');
  }
  const server = await startServer({ root: DIST, port: 0 });
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [...CHROMIUM_ARGS, ...extraArgs],
    });
  } catch (err) {
    await server.close();
    throw err;
  }
  const contexts = [];

  /**
   * A page in its own fresh browser context (no shared storage between pages).
   * page.requests: every request URL; page.errors: console errors and uncaught
   * page errors, as strings.
   */
  async function newPage({ viewport = { width: 1024, height: 768 }, locale } = {}) {
    const context = await browser.newContext({
      viewport,
      ...(locale ? { locale } : {}),
      acceptDownloads: true,
    });
    contexts.push(context);
    const requests = [];
    const errors = [];
    context.on('request', (req) => requests.push(req.url()));
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') {
        const loc = msg.location();
        errors.push(`console.error: ${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
      }
    });
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.stack || err.message}`));
    page.requests = requests;
    page.errors = errors;
    return page;
  }

  async function close() {
    for (const c of contexts) await c.close().catch(() => {});
    await browser.close().catch(() => {});
    await server.close();
  }

  return { browser, baseUrl: server.url, newPage, close };
}

/** Fails listing every request that left the app's own origin (data:/blob: are fine). */
export function assertOnlyOwnRequests(page, baseUrl) {
  const foreign = page.requests.filter(
    (u) => !u.startsWith(baseUrl) && !u.startsWith('data:') && !u.startsWith('blob:'),
  );
  assert.deepEqual(foreign, [], `requests outside ${baseUrl}:\n  ${foreign.join('\n  ')}`);
}

/** Creates and returns tests/e2e/output/<name>, for screenshots and downloads. */
export function outputDir(name) {
  const dir = path.join(HERE, 'output', name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** The passphrase the tests protect their fresh devices with. */
export const PASSPHRASE = 'keukentafel zonder haast';

/**
 * Gets past the lock as a nurse would: on a fresh device, sets the passphrase (typed twice);
 * on a locked one, types it. Returns once the start screen shows.
 */
export async function unlock(page, passphrase = PASSPHRASE) {
  const setup = page.getByLabel('Kies een wachtzin');
  const locked = page.getByLabel('Wachtzin', { exact: true });
  await setup.or(locked).first().waitFor();
  if (await setup.isVisible()) {
    await setup.fill(passphrase);
    await page.getByLabel('Typ de wachtzin nog een keer').fill(passphrase);
    await page.getByRole('button', { name: 'Beveiligen en beginnen' }).click();
  } else {
    await locked.fill(passphrase);
    await page.getByRole('button', { name: 'Openen', exact: true }).click();
  }
  await page.getByRole('heading', { name: 'Gezinnen op dit apparaat' }).waitFor({ timeout: 30_000 });
}

/** Opens the app at `path` (e.g. '?demo') and unlocks it. */
export async function openApp(page, baseUrl, path = '') {
  await page.goto(baseUrl + path);
  await unlock(page);
}
