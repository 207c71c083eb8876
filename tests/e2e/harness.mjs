// Helpers for end-to-end tests (node:test + playwright-core + Debian's Chromium).
// Playwright never downloads a browser here: it always drives /usr/bin/chromium.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { startServer } from '../../scripts/serve.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
// SAMENPLAN_DIST lets a second checkout of the build be tested while dist/ is rebuilt.
export const DIST = process.env.SAMENPLAN_DIST || path.join(REPO, 'dist');

// Root needs --no-sandbox; the network flags keep Chromium from phoning home,
// which this offline machine would refuse (noise and slow starts).
export const CHROMIUM_ARGS = [
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
   * page errors, as strings. Other options (deviceScaleFactor, reducedMotion, ...) go to
   * Playwright's browser.newContext.
   */
  async function newPage({ viewport = { width: 1024, height: 768 }, locale, ...options } = {}) {
    const context = await browser.newContext({
      viewport,
      ...(locale ? { locale } : {}),
      acceptDownloads: true,
      ...options,
    });
    contexts.push(context);
    const requests = [];
    context.on('request', (req) => requests.push(req.url()));
    return watchPage(await context.newPage(), requests);
  }

  async function close() {
    for (const c of contexts) await c.close().catch(() => {});
    await browser.close().catch(() => {});
    await server.close();
  }

  return { browser, baseUrl: server.url, newPage, close };
}

/** Notes a page's requests (page.requests) and its console errors and uncaught errors (page.errors). */
function watchPage(page, requests = []) {
  const errors = [];
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

/** The pid of the Chromium browser process (not a renderer) running on this profile. */
function browserPid(userDataDir) {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args;
    try {
      args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${userDataDir}`) && !args.some((a) => a.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`no Chromium process found for ${userDataDir}`);
}

/**
 * Chromium on a profile kept in `userDataDir` between launches, as a shared tablet's browser
 * keeps its profile, with the back/forward cache on as in a normal browser (Playwright turns it
 * off by default). Returns { context, page, pid, kill(), close() }: page watches requests and
 * errors as newPage's do; kill() ends the browser process at once (SIGKILL, as a flat battery
 * or a crash does); close() ends it properly, so the profile's files are written out.
 */
export async function launchProfile(userDataDir, { viewport = { width: 1024, height: 768 } } = {}) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    viewport,
    acceptDownloads: true,
  });
  const requests = [];
  context.on('request', (req) => requests.push(req.url()));
  const page = watchPage(context.pages()[0] ?? (await context.newPage()), requests);
  const pid = browserPid(userDataDir);
  let gone = false;
  const exited = () => {
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      return true;
    }
  };
  async function kill() {
    gone = true;
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 100 && !exited(); i++) await new Promise((r) => setTimeout(r, 50));
    // Playwright notices the closed connection; nothing of it is waited for.
    context.close().catch(() => {});
  }
  async function close() {
    if (!gone) await context.close().catch(() => {});
    gone = true;
  }
  return { context, page, pid, kill, close };
}

/** Fails listing every request that left the app's own origin (data:/blob: are fine). */
export function assertOnlyOwnRequests(page, baseUrl) {
  const foreign = page.requests.filter(
    (u) => !u.startsWith(baseUrl) && !u.startsWith('data:') && !u.startsWith('blob:'),
  );
  assert.deepEqual(foreign, [], `requests outside ${baseUrl}:\n  ${foreign.join('\n  ')}`);
}

/** A PDF's text as pdftotext reads it, every run of white space one space. */
export function pdfText(file) {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Clicks `button`, waits for the download it starts and saves it as `dir/saveAs`; returns the path. */
export async function saveDownload(page, button, dir, saveAs) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  const file = path.join(dir, saveAs);
  await dl.saveAs(file);
  return file;
}

/** Goes to a step of the case by its name in the steps navigation. */
export async function step(page, name, lang = 'nl') {
  await page.getByRole('navigation', { name: t('steps-label', {}, lang) }).getByRole('button', { name, exact: true }).click();
}

/** Creates and returns tests/e2e/output/<name>, for screenshots and downloads. */
export function outputDir(name) {
  const dir = path.join(HERE, 'output', name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * The interface's words by message key, from the build's compiled tables (`<dist>/i18n/<lang>.json`,
 * made by build.rs from src/i18n/<lang>.ftl): tests find things by what the app really says, so a
 * changed wording follows and a renamed or removed key fails loudly instead of the test going stale.
 * A table is `[[id, parts], ...]`; a part is a text, `{ v }` (a variable) or `{ s, d, o }` (a select
 * on a variable: exact number keys first, then the CLDR plural category, else the default variant).
 * `args` fills the variables; an arg given as a RegExp (e.g. `{ years: /\d+/ }`) makes the result
 * a RegExp of the whole message, with the rest escaped and selects on that arg taking their default.
 * A variable without an arg throws (the app would show "{name}", which no test means).
 */
export function messages(dist = DIST) {
  const tables = new Map();
  const table = (lang) => {
    if (!tables.has(lang)) {
      const file = path.join(dist, 'i18n', `${lang}.json`);
      tables.set(lang, new Map(JSON.parse(fs.readFileSync(file, 'utf8'))));
    }
    return tables.get(lang);
  };
  return function t(key, args = {}, lang = 'nl') {
    const parts = table(lang).get(key);
    if (!parts) throw new Error(`no message "${key}" in i18n/${lang}.json`);
    const plural = new Intl.PluralRules(lang);
    let pattern = false;
    const resolve = (list) =>
      list
        .map((part) => {
          if (typeof part === 'string') return { text: part };
          const name = part.v ?? part.s;
          if (!(name in args)) throw new Error(`${key} (${lang}): no value for { $${name} }`);
          const arg = args[name];
          if (arg instanceof RegExp) pattern = true;
          if ('v' in part) return arg instanceof RegExp ? { re: arg.source } : { text: String(arg) };
          let pick = arg instanceof RegExp ? -1 : part.o.findIndex(([k]) => k === arg);
          if (pick < 0 && typeof arg === 'number') pick = part.o.findIndex(([k]) => k === plural.select(arg));
          return resolve(part.o[pick >= 0 ? pick : part.d][1]);
        })
        .flat();
    const out = resolve(parts);
    if (!pattern) return out.map((p) => p.text).join('');
    return new RegExp(out.map((p) => p.re ?? p.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(''));
  };
}

/** The message `key` of the tested build (see messages()): `t('unlock-submit')` is "Openen". */
export const t = messages();

/** A date ('2026-11-16') as the app writes it (date-long, month-N): "16 november 2026". */
export function tDate(iso, lang = 'nl') {
  const [year, month, day] = iso.split('-').map(Number);
  return t('date-long', { day, month: t(`month-${month}`, {}, lang), year }, lang);
}

/** The passphrase the tests protect their fresh devices with. */
export const PASSPHRASE = 'keukentafel zonder haast';

/**
 * Gets past the lock as a nurse would: on a fresh device, sets the passphrase (typed twice);
 * on a locked one, types it. Returns once the start screen shows.
 */
export async function unlock(page, passphrase = PASSPHRASE) {
  const setup = page.getByLabel(t('passphrase-new-label'));
  const locked = page.getByLabel(t('passphrase-label'), { exact: true });
  await setup.or(locked).first().waitFor();
  if (await setup.isVisible()) {
    await setup.fill(passphrase);
    await page.getByLabel(t('passphrase-again-label')).fill(passphrase);
    await page.getByRole('button', { name: t('setup-submit') }).click();
  } else {
    await locked.fill(passphrase);
    await page.getByRole('button', { name: t('unlock-submit'), exact: true }).click();
  }
  await page.getByRole('heading', { name: t('cases-heading') }).waitFor({ timeout: 30_000 });
}

/** Opens the app at `path` (e.g. '?demo') and unlocks it. */
export async function openApp(page, baseUrl, path = '') {
  await page.goto(baseUrl + path);
  await unlock(page);
}

/**
 * PNG files as one Y4M video for Chromium's fake camera (`--use-file-for-fake-video-capture`):
 * each picture for `framesEach` frames at 10 frames a second, on a white frame as large as the
 * largest. Decoded and converted (BT.601, 4:2:0) in `page`, which may be any page of the app.
 */
export async function pngsToY4m(page, pngPaths, framesEach) {
  const images = pngPaths.map((p) => fs.readFileSync(p).toString('base64'));
  const { width, height, frames } = await page.evaluate(async (list) => {
    const decoded = [];
    for (const b64 of list) {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      decoded.push(img);
    }
    const even = (n) => n + (n % 2);
    const width = even(Math.max(...decoded.map((i) => i.naturalWidth)) + 32);
    const height = even(Math.max(...decoded.map((i) => i.naturalHeight)) + 32);
    const clamp = (n) => Math.max(0, Math.min(255, Math.round(n)));
    const frames = decoded.map((img) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, width, height);
      ctx.drawImage(img, (width - img.naturalWidth) >> 1, (height - img.naturalHeight) >> 1);
      const rgba = ctx.getImageData(0, 0, width, height).data;
      const out = new Uint8Array(width * height * 1.5);
      const u0 = width * height;
      const v0 = u0 + (width * height) / 4;
      for (let row = 0; row < height; row++) {
        for (let col = 0; col < width; col++) {
          const i = (row * width + col) * 4;
          out[row * width + col] = clamp(16 + 0.257 * rgba[i] + 0.504 * rgba[i + 1] + 0.098 * rgba[i + 2]);
        }
      }
      for (let row = 0; row < height; row += 2) {
        for (let col = 0; col < width; col += 2) {
          const i = (row * width + col) * 4;
          const at = (row / 2) * (width / 2) + col / 2;
          out[u0 + at] = clamp(128 - 0.148 * rgba[i] - 0.291 * rgba[i + 1] + 0.439 * rgba[i + 2]);
          out[v0 + at] = clamp(128 + 0.439 * rgba[i] - 0.368 * rgba[i + 1] - 0.071 * rgba[i + 2]);
        }
      }
      let s = '';
      for (let k = 0; k < out.length; k += 0x8000) s += String.fromCharCode(...out.subarray(k, k + 0x8000));
      return btoa(s);
    });
    return { width, height, frames };
  }, images);
  const parts = [Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`)];
  for (const f of frames) {
    const bytes = Buffer.from(f, 'base64');
    for (let k = 0; k < framesEach; k++) parts.push(Buffer.from('FRAME\n'), bytes);
  }
  return Buffer.concat(parts);
}

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (injected by the test, not shipped) and returns the violations. */
export async function axe(page) {
  // Evaluated through DevTools: the page's CSP (rightly) refuses injected script tags.
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
  });
}
