// Sharing as a nurse and a family do it: write a goal and an agreement in the plan, download the
// family's plan and the full record as PDF and the family file as JSON by clicking, read the PDF's
// text with pdftotext, check the JSON against the case schema, and open that file on a fresh
// device through the import widget. Also: the PDF part is not loaded until it is asked for, and
// printing shows the plan without the app around it. Prints the PDF's size and how long it took.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startApp, assertOnlyOwnRequests, outputDir, openApp, t, pdfText } from './harness.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const GOAL = 'Noëlle fietst elke zaterdag met papa naar de markt';
const AGREEMENT = 'Sanne belt de bibliotheek over de voorleesochtend';

let app;
let out;
let jsonFile;
before(async () => {
  app = await startApp();
  out = outputDir('export');
});
after(async () => { await app?.close(); });

async function download(page, button, saveAs) {
  const started = Date.now();
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  const ms = Date.now() - started;
  const file = path.join(out, saveAs ?? dl.suggestedFilename());
  await dl.saveAs(file);
  return { file, name: dl.suggestedFilename(), ms };
}

test('the plan goes out as the family PDF, the full record and a family file, made on this device', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl, '?demo');
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await page.getByRole('heading', { name: 'Familie Zon', level: 2 }).waitFor();
  const steps = page.getByRole('navigation', { name: t('steps-label') });

  // A goal and an agreement, written in the plan as the family says them.
  await steps.getByRole('button', { name: t('step-plan'), exact: true }).click();
  await page.getByLabel(t('goal-text-label')).fill(GOAL);
  await page.getByRole('button', { name: t('goal-add') }).click();
  await page.getByText(GOAL).first().waitFor();
  await page.getByLabel(t('agreement-who-label'), { exact: true }).selectOption({ label: `Sanne (${t('role-parent')})` });
  await page.getByLabel(t('agreement-what-label'), { exact: true }).fill(AGREEMENT);
  await page.getByLabel(t('agreement-when-label')).fill('volgende week');
  await page.getByRole('button', { name: t('agreement-add') }).click();
  await page.getByRole('listitem').filter({ hasText: AGREEMENT }).first().waitFor();
  await page.getByRole('status').filter({ hasText: t('save-saved') }).waitFor();

  await steps.getByRole('button', { name: t('step-export'), exact: true }).click();
  await page.getByRole('heading', { name: t('export-heading') }).waitFor();
  // The page has fetched nothing of the PDF part yet: not with the app, not on this screen. (The
  // service worker may cache it in the background for offline use; that is not the page's load.)
  const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  const early = (await fetched()).filter((u) => /pdf-worker\.js|\/pdf\/|\/fonts\//.test(u));
  assert.deepEqual(early, [], 'the PDF part was loaded before anyone asked for a PDF');

  // The family's plan.
  const family = await download(page, page.getByRole('button', { name: t('export-family-pdf') }));
  assert.match(family.name, /^familie-zon-plan-\d{4}-\d{2}-\d{2}\.pdf$/);
  const status = page.locator('.export-status');
  await status.filter({ hasText: family.name }).waitFor();
  const workerMs = Number(await status.getAttribute('data-pdf-ms'));
  const size = fs.statSync(family.file).size;
  console.log(`family PDF: ${size} bytes; ${family.ms} ms from click to download (first, with loading); ${workerMs} ms in the worker`);
  assert.ok(size < 200 * 1024, `the family PDF is ${size} bytes`);
  const text = pdfText(family.file);
  for (const want of [t('plan-heading', { family: 'Familie Zon' }), t('export-family-title'), 'Sanne', 'Youssef', 'Noor', 'Inge de Vries', GOAL, AGREEMENT]) {
    assert.ok(text.includes(want), `the family PDF lacks "${want}"`);
  }
  // One word of the professionals' guidance (safety-next-steps): any part of it must stay out.
  assert.ok(!text.includes('meldcode'), 'professional guidance in the family PDF');
  // Now the page has started the worker (which fetched the module and the fonts itself).
  assert.ok((await fetched()).some((u) => u.endsWith('/pdf-worker.js')));

  // The full record, a second time: the worker is warm.
  const full = await download(page, page.getByRole('button', { name: t('export-full-pdf') }));
  assert.match(full.name, /^familie-zon-verslag-.*\.pdf$/);
  await status.filter({ hasText: full.name }).waitFor();
  console.log(`full record PDF: ${fs.statSync(full.file).size} bytes; ${full.ms} ms from click to download (warm); ${await status.getAttribute('data-pdf-ms')} ms in the worker`);
  const fullText = pdfText(full.file);
  for (const want of [t('export-full-title'), 'Familie Zon', GOAL, AGREEMENT, t('consent-heading')]) {
    assert.ok(fullText.includes(want), `the full record lacks "${want}"`);
  }

  // The family file.
  const json = await download(page, page.getByRole('button', { name: t('export-json') }));
  assert.match(json.name, /^familie-zon-.*\.samenplan\.json$/);
  const data = JSON.parse(fs.readFileSync(json.file, 'utf8'));
  assert.equal(data.format, 'samenplan-case');
  assert.equal(typeof data.schemaVersion, 'number');
  assert.ok(data.plan.goals.some((g) => g.text === GOAL));
  assert.ok(data.plan.agreements.some((a) => a.what === AGREEMENT));
  const check = spawnSync('cargo', ['run', '--quiet', '--example', 'validate', '--', json.file], { cwd: REPO, encoding: 'utf8' });
  assert.equal(check.status, 0, `the family file fails the case schema:\n${check.stdout}${check.stderr}`);
  jsonFile = json.file;

  // Printing shows the family's plan, without the app's navigation and buttons.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await steps.isVisible(), false);
  assert.equal(await page.getByRole('button', { name: t('export-print') }).isVisible(), false);
  const printed = page.locator('.plan-print');
  assert.ok(await printed.isVisible());
  const printedText = await printed.innerText();
  assert.ok(printedText.includes(GOAL) && printedText.includes(AGREEMENT));
  // Chromium's print of the same view: a tagged PDF (a screen reader finds its structure) with the plan's text.
  const printedPdf = path.join(out, 'printed.pdf');
  await page.pdf({ path: printedPdf, tagged: true, printBackground: true });
  assert.match(execFileSync('pdfinfo', [printedPdf], { encoding: 'utf8' }), /^Tagged:\s+yes$/m, 'the printed PDF is not tagged');
  const printedPdfText = pdfText(printedPdf);
  assert.ok(printedPdfText.includes(GOAL) && printedPdfText.includes(AGREEMENT), 'the printed PDF lacks the plan');
  await page.emulateMedia({ media: 'screen' });

  assertOnlyOwnRequests(page, app.baseUrl);
  assert.deepEqual(page.errors, []);
});

test('in Arabic the family PDF is Arabic, right to left, with joined letters', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl, '?demo');
  await page.getByLabel(t('language-label')).selectOption('ar');
  await page.locator('html[dir="rtl"][lang="ar"]').waitFor();
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await page.getByRole('heading', { name: 'Familie Zon', level: 2 }).waitFor();
  const ar = (key, args = {}) => t(key, args, 'ar');
  await page.getByRole('navigation', { name: ar('steps-label') }).getByRole('button', { name: ar('step-export'), exact: true }).click();
  const file = await download(page, page.getByRole('button', { name: ar('export-family-pdf') }), 'family-ar.pdf');
  await page.locator('.export-status').filter({ hasText: file.name }).waitFor();
  const size = fs.statSync(file.file).size;
  console.log(`Arabic family PDF: ${size} bytes; ${file.ms} ms from click to download`);
  assert.ok(size < 200 * 1024, `the Arabic family PDF is ${size} bytes`);
  // poppler gives right-to-left words in reading order (bracketed by embedding marks, dropped here).
  const text = pdfText(file.file).replace(/[\u202a-\u202e]/g, '');
  // Headings from the message table; theme titles from the instrument (schemas/instruments/triangle.json).
  for (const want of [ar('export-family-title'), ar('plan-strengths'), ar('step-triangle'), 'الرعاية اليومية', 'القواعد والحدود', 'الأمان', 'Familie Zon']) {
    assert.ok(text.includes(want), `the Arabic family PDF lacks "${want}"`);
  }
  assert.ok(!text.includes(t('export-family-title')), 'a Dutch PDF for an Arabic interface');
  const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', file.file], { encoding: 'utf8' });
  const title = `${ar('plan-heading', { family: 'Familie Zon' })} · ${ar('export-family-title')}`;
  assert.match(info, new RegExp(`Title:\\s+${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  // Page 1 as a picture, to look at.
  execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', file.file, path.join(out, 'family-ar-page1')]);
  assert.ok(fs.statSync(path.join(out, 'family-ar-page1.png')).size > 10_000);
  assertOnlyOwnRequests(page, app.baseUrl);
  assert.deepEqual(page.errors, []);
});

test('the family file opens on a fresh device, and a wrong file is refused in plain words', async () => {
  assert.ok(jsonFile, 'the export test made the family file');
  const page = await app.newPage();
  await openApp(page, app.baseUrl);
  const picker = page.getByLabel(t('import-label'));
  assert.equal(await picker.count(), 1, 'the start screen has no file picker for a family file');
  // A PDF renamed to .json: refused, nothing added.
  await picker.setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from('%PDF-1.7\n%\xe2\xe3\n') });
  await page.getByRole('alert').filter({ hasText: t('import-error-not-json') }).waitFor();
  await page.getByText(t('cases-empty')).waitFor();
  // A file from a newer version: says so.
  const future = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
  future.schemaVersion = 99;
  await picker.setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(future)) });
  await page.getByRole('alert').filter({ hasText: t('import-error-too-new', { found: 99 }) }).waitFor();

  // The real file: the same family, with its plan.
  await picker.setInputFiles(jsonFile);
  await page.getByRole('button', { name: /^Familie Zon/ }).first().click();
  await page.getByRole('heading', { name: 'Familie Zon', level: 2 }).waitFor();
  await page.getByRole('navigation', { name: t('steps-label') }).getByRole('button', { name: t('step-plan'), exact: true }).click();
  await page.getByText(GOAL).first().waitFor();
  await page.getByRole('listitem').filter({ hasText: AGREEMENT }).first().waitFor();
  assertOnlyOwnRequests(page, app.baseUrl);
  assert.deepEqual(page.errors, []);
});
