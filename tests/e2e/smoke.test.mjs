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
