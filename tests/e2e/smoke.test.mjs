// Minimal end-to-end check: the built app loads, renders its main landmark,
// logs no errors and fetches nothing from outside its own origin; and its code comes in two parts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startApp, assertOnlyOwnRequests, outputDir, unlock, DIST, t } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('app starts with a main landmark, no errors, only own requests', async () => {
  const page = await app.newPage();
  await page.goto(app.baseUrl);
  await page.getByRole('main').waitFor();
  await page.screenshot({ path: path.join(outputDir('smoke'), 'start.png') });
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});

// A start that takes long (here: the code is held back) gets a loading message from the page
// itself (early.js, after a second) until the app mounts; the app decides where it starts before
// its first render, so that render is the first screen, not a "loading" screen of its own that is
// built, laid out and painted only to be replaced.
test('a slow start says it is loading, and the first render of the app is its first screen', async () => {
  const page = await app.newPage();
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route('**/pkg/samenplan_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    window.__firstMain = null;
    new MutationObserver(() => {
      const main = document.querySelector('main');
      if (main && window.__firstMain === null) window.__firstMain = main.innerText.trim();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(app.baseUrl);
  const loading = page.getByRole('status').filter({ hasText: 'Even laden… · Loading…' });
  await loading.waitFor();
  assert.equal(await page.getByRole('main').count(), 0, 'nothing of the app while its code is held back');
  release();
  await page.getByRole('button', { name: t('setup-submit') }).waitFor();
  assert.equal(await loading.count(), 0, 'the loading message is gone');
  const first = await page.evaluate(() => window.__firstMain);
  assert.ok(first.includes(t('setup-submit')), `the first <main> the app rendered is the set-up screen, not: ${first}`);
  assert.deepEqual(page.errors, []);
});

// A release build splits the app's code (scripts/split.mjs): the first screens run on the first
// part; the rest comes in the background once the first screen stands, and the lock screens wait
// for it before going on, so a nurse's visit never stops for a blocking (synchronous) load.
test('the first screen needs only the first part of the code; the rest arrives in the background', async (ctx) => {
  if (!fs.existsSync(path.join(DIST, 'pkg', 'samenplan_rest.wasm'))) {
    ctx.skip('not a split (release) build');
    return;
  }
  const page = await app.newPage();
  await page.goto(`${app.baseUrl}?demo`);
  await unlock(page);
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await page.getByRole('navigation', { name: t('steps-label') }).getByRole('button', { name: t('step-triangle') }).click();
  await page.getByRole('group', { name: 'De gezinsdriehoek' }).waitFor();
  const loads = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((r) => /\/pkg\/samenplan(_bg|_rest)\.wasm$/.test(r.name))
      .map((r) => ({ file: r.name.split('/').pop(), how: r.initiatorType })),
  );
  assert.deepEqual(
    loads.map((l) => l.file).sort(),
    ['samenplan_bg.wasm', 'samenplan_rest.wasm'],
    'each part is loaded once',
  );
  const rest = loads.find((l) => l.file === 'samenplan_rest.wasm');
  assert.equal(rest.how, 'fetch', 'the rest came by a background fetch, not a blocking request');
  assert.deepEqual(page.errors, []);
});
