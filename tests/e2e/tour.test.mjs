// A visit through every screen: no request leaves the app's own files, and axe-core finds no
// WCAG 2.x A/AA violation on any screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, assertOnlyOwnRequests, PASSPHRASE, axe, t } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });


test('every screen, in Dutch: only own requests and no axe violations', async () => {
  const page = await app.newPage();
  const problems = [];
  const check = async (screen) => {
    for (const v of await axe(page)) problems.push(`${screen}: ${v}`);
  };
  await page.goto(`${app.baseUrl}?demo`);
  await page.getByLabel(t('passphrase-new-label')).waitFor();
  await check('setup');
  await page.getByLabel(t('passphrase-new-label')).fill(PASSPHRASE);
  await page.getByLabel(t('passphrase-again-label')).fill(PASSPHRASE);
  await page.getByRole('button', { name: t('setup-submit') }).click();
  await page.getByRole('heading', { name: t('cases-heading') }).waitFor({ timeout: 30_000 });
  await check('start');
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  const steps = page.getByRole('navigation', { name: t('steps-label') });
  for (const step of [t('step-case'), t('step-triangle'), t('step-matrix'), t('step-circle'), t('step-plan'), t('step-export')]) {
    await steps.getByRole('button', { name: step, exact: true }).click();
    // The step is the current page before axe looks: never the previous screen.
    await steps.getByRole('button', { name: step, exact: true }).and(page.locator('[aria-current="page"]')).waitFor();
    await check(step);
    if (step === t('step-triangle')) {
      await page.getByRole('button', { name: t('view-compare') }).click();
      await page.getByRole('table').first().waitFor();
      await check(t('view-compare'));
    }
  }
  await page.getByRole('button', { name: t('lock-now') }).click();
  await page.getByRole('heading', { name: t('unlock-heading') }).waitFor();
  await check('locked');
  assert.deepEqual(problems, [], problems.join('\n'));
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});

test('every screen in Arabic: the layout mirrors, no axe violations; triangle screenshots in Arabic and Turkish', async () => {
  const { outputDir } = await import('./harness.mjs');
  const page = await app.newPage();
  const problems = [];
  const check = async (screen) => {
    for (const v of await axe(page)) problems.push(`${screen}: ${v}`);
  };
  await page.goto(`${app.baseUrl}?demo`);
  await page.getByLabel(t('language-label')).selectOption('ar');
  await page.locator('html[dir="rtl"][lang="ar"]').waitFor();
  // The lock screen in Arabic: the two password fields, in order (their labels are Arabic).
  const fields = page.locator('input[type="password"]');
  await fields.nth(1).waitFor();
  await check('setup (ar)');
  await fields.nth(0).fill(PASSPHRASE);
  await fields.nth(1).fill(PASSPHRASE);
  await fields.nth(1).press('Enter');
  const open = page.getByRole('button', { name: /^Familie Zon/ });
  await open.waitFor({ timeout: 30_000 });
  await check('start (ar)');
  await open.click();
  const stepButtons = page.locator('ul.steps button'); // the step names are Arabic; their order is fixed
  for (let i = 0; i < await stepButtons.count(); i++) {
    await stepButtons.nth(i).click();
    await check(`step ${i + 1} (ar)`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) problems.push(`step ${i + 1} (ar): the page is ${overflow}px wider than the window`);
    if (i === 1) {
      const dir = outputDir('triangle');
      await page.locator('svg.triangle').waitFor(); // the figure's accessible name is Arabic here
      await page.screenshot({ path: `${dir}/triangle-ar-1024x768.png`, fullPage: true });
    }
  }
  assert.deepEqual(problems, [], problems.join('\n'));

  await page.getByLabel(t('language-label', {}, 'ar')).selectOption('tr');
  await page.locator('html[dir="ltr"][lang="tr"]').waitFor();
  await stepButtons.nth(1).click();
  await page.screenshot({ path: `${outputDir('triangle')}/triangle-tr-1024x768.png`, fullPage: true });
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});
