// Minimal end-to-end check: the built app loads, renders its main landmark,
// logs no errors and fetches nothing from outside its own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startApp, assertOnlyOwnRequests, outputDir } from './harness.mjs';

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
