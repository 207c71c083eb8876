// Offline use: after one visit with network, the app starts without network and opens a family;
// a new build is noticed during a visit, said gently, and taken at the next start without losing
// anything. The service worker's cache holds only the app's own files, never case data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, assertOnlyOwnRequests, openApp, unlock, t } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

const DIST = process.env.SAMENPLAN_DIST || path.resolve(import.meta.dirname, '..', '..', 'dist');

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** Resolves once a service worker controls the page (the first visit's worker claims it). */
async function waitControlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/** Every cached request URL, and whether any cached body contains one of `secrets`. */
async function cacheContents(page, secrets) {
  return page.evaluate(async (secrets) => {
    const out = { names: await caches.keys(), urls: [], found: [] };
    for (const name of out.names) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        out.urls.push(req.url);
        const body = await (await cache.match(req)).text();
        for (const s of secrets) if (body.includes(s)) out.found.push(`${s} in ${req.url}`);
      }
    }
    return out;
  }, secrets);
}

/** The version the build wrote into sw.js. */
function swVersion(file) {
  const m = /^const BUILD = (\{.*\});$/m.exec(fs.readFileSync(file, 'utf8'));
  assert.ok(m, `${file}: no BUILD line (was it built by scripts/build?)`);
  return JSON.parse(m[1]).version;
}

const GOAL = 'Op zaterdag samen naar de bibliotheek';

async function addGoal(page, text) {
  await page.getByRole('navigation', { name: t('steps-label') }).getByRole('button', { name: t('step-plan') }).click();
  await page.getByLabel(t('goal-text-label')).fill(text);
  await page.getByRole('button', { name: t('goal-add') }).click();
  await page.getByRole('region', { name: t('plan-goals') }).getByText(text).waitFor();
  await page.getByRole('status').filter({ hasText: t('save-saved') }).waitFor();
}

test('after one visit with network, the app starts offline, unlocks and opens the demo family', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl, '?demo');
  await page.getByRole('button', { name: /^Familie Zon/ }).waitFor();
  await waitControlled(page);
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await addGoal(page, GOAL);

  // The cache: this build's own files under one versioned name, and no case data.
  const version = swVersion(path.join(DIST, 'sw.js'));
  const cached = await cacheContents(page, [GOAL]);
  assert.deepEqual(cached.names, [`samenplan-${version}`]);
  assert.deepEqual(cached.found, [], 'nothing typed about a family is in the service worker cache');
  for (const url of cached.urls) assert.ok(url.startsWith(app.baseUrl), url);
  for (const file of ['index.html', 'app.js', 'style.css', 'config.json', 'manifest.webmanifest', 'instruments/triangle.json']) {
    assert.ok(cached.urls.includes(app.baseUrl + file), `${file} is cached`);
  }
  assert.ok(cached.urls.some((u) => u.endsWith('.wasm')), 'the app module is cached');
  // The PDF worker's module and fonts and the QR module (when the build has them) too, so a PDF can
  // be made and a QR code drawn or read offline.
  for (const file of ['pdf-worker.js', 'pdf/samenplan_pdf_bg.wasm', 'fonts/DejaVuSans.ttf', 'qr.js', 'qr-worker.js', 'qr/samenplan_qr_bg.wasm']) {
    if (fs.existsSync(path.join(DIST, file))) assert.ok(cached.urls.includes(app.baseUrl + file), `${file} is cached`);
  }

  // No network: a new start still works, the lock included, and the family opens with its plan.
  await page.context().setOffline(true);
  await page.reload();
  await unlock(page);
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await page.getByRole('heading', { name: 'Familie Zon', level: 2 }).waitFor();
  await page.getByRole('navigation', { name: t('steps-label') }).getByRole('button', { name: t('step-plan') }).click();
  await page.getByRole('region', { name: t('plan-goals') }).getByText(GOAL).waitFor();
  // The triangle needs the instrument file: it came from the cache too.
  await page.getByRole('navigation', { name: t('steps-label') }).getByRole('button', { name: t('step-triangle') }).click();
  await page.getByRole('group', { name: 'De gezinsdriehoek' }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0, 'no notice about missing files');
  await page.context().setOffline(false);

  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});

test('a new build is announced gently, taken at the next start, and loses nothing', async () => {
  // A copy of the build whose sw.js can change, as a new deployment would change it.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'samenplan-update-'));
  fs.cpSync(DIST, root, { recursive: true });
  const server = await startServer({ root, port: 0 });
  try {
    const page = await app.newPage();
    await openApp(page, server.url, '?demo');
    await waitControlled(page);
    const v1 = swVersion(path.join(root, 'sw.js'));
    const v2 = `${v1}-next`;

    // A new build is deployed; the next start finds it and says so, and the visit goes on.
    const sw = path.join(root, 'sw.js');
    fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(`"version":"${v1}"`, `"version":"${v2}"`));
    await page.reload();
    const notice = (p) => p.getByRole('status').filter({ hasText: t('update-ready') });
    await notice(page).waitFor();
    await unlock(page);
    await page.evaluate(() => { window.sameVisit = true; });
    await page.getByRole('button', { name: /^Familie Zon/ }).click();
    await addGoal(page, GOAL);
    await notice(page).waitFor();
    assert.equal(await page.evaluate(() => window.sameVisit), true, 'the visit went on: no reload was forced');
    assert.deepEqual((await cacheContents(page, [])).names.sort(), [`samenplan-${v1}`, `samenplan-${v2}`].sort());
    // Reloading is not a new start: the visit's version stays, and the notice says so again.
    await page.reload();
    await notice(page).waitFor();
    await unlock(page);
    assert.deepEqual(page.errors, []);
    assertOnlyOwnRequests(page, server.url);

    // Samenplan is closed and opened again: the new version runs, the old cache is gone, the
    // work is all there.
    const context = page.context();
    await page.close();
    const next = await context.newPage();
    const errors = [];
    next.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    next.on('pageerror', (e) => errors.push(e.message));
    await next.goto(server.url);
    await unlock(next);
    const cached = await cacheContents(next, [GOAL]);
    assert.deepEqual(cached.names, [`samenplan-${v2}`]);
    assert.deepEqual(cached.found, []);
    assert.equal(await notice(next).count(), 0, 'no notice once the new version runs');
    await next.getByRole('button', { name: /^Familie Zon/ }).click();
    await next.getByRole('navigation', { name: t('steps-label') }).getByRole('button', { name: t('step-plan') }).click();
    await next.getByRole('region', { name: t('plan-goals') }).getByText(GOAL).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
