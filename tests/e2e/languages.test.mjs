// The instruments' texts by language: a first load reads only their Dutch and English, the
// family's own language comes beside them when it is chosen, and the language shown replaces
// them, each fetched once it is wanted (schemas/instruments/triangle.json is what is expected).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startApp, assertOnlyOwnRequests, openApp, t, step } from './harness.mjs';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const TRIANGLE = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas/instruments/triangle.json'), 'utf8'));
const FIRST = TRIANGLE.sides[0].themes[0].title;

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('instrument texts: Dutch at first, the family\'s Arabic beside them when chosen, Turkish when the app is shown in it', async () => {
  const page = await app.newPage();
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await openApp(page, app.baseUrl, '?demo');
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await step(page, t('step-triangle'));
  const heading = page.getByRole('heading', { level: 3, name: FIRST.nl });
  await heading.waitFor();
  // Only the Dutch and English file of each instrument so far.
  const languageFiles = () => asked.filter((p) => /\/instruments\/[a-z]{2}\//.test(p));
  assert.deepEqual(languageFiles(), []);
  for (const name of ['triangle.json', 'youth.json', 'new-parents.json']) assert.ok(asked.includes(`/instruments/${name}`), name);

  // The family speaks Arabic: the theme in Arabic under the Dutch one.
  await page.getByLabel(t('family-language-label')).selectOption('ar');
  const beside = page.locator('.family-text[lang="ar"]');
  await beside.getByText(FIRST.ar, { exact: true }).waitFor();
  assert.equal(await heading.isVisible(), true);
  assert.deepEqual([...new Set(languageFiles())].sort(), ['/instruments/ar/new-parents.json', '/instruments/ar/triangle.json', '/instruments/ar/youth.json']);

  // The app in Turkish: the theme's own heading in Turkish, the family's Arabic still beside it.
  await page.getByLabel(t('language-label')).selectOption('tr');
  await page.locator('html[lang="tr"]').waitFor();
  await page.getByRole('heading', { level: 3, name: FIRST.tr }).waitFor();
  await beside.getByText(FIRST.ar, { exact: true }).waitFor();
  assert.ok(languageFiles().includes('/instruments/tr/triangle.json'));
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});
