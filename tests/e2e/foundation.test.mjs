// The foundation as a nurse uses it: start a family, add children and participants, switch
// language, reload, delete. Every request must be for the app's own files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, assertOnlyOwnRequests, openApp, unlock, t } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

async function addChild(page, name, { expected = false, date }) {
  await page.getByLabel(t('child-alias-label')).fill(name);
  await page.getByRole('radio', { name: expected ? t('child-expected') : t('child-born'), exact: true }).check();
  await page.getByLabel(expected ? t('child-due-label') : t('child-birth-label')).fill(date);
  await page.getByRole('button', { name: t('child-add') }).click();
  await page.getByRole('region', { name: t('children-heading') }).getByRole('listitem').filter({ hasText: name }).waitFor();
}

async function addParticipant(page, name, role) {
  await page.getByLabel(t('participant-name-label'), { exact: true }).fill(name);
  await page.getByLabel(t('participant-role-label'), { exact: true }).selectOption({ label: role });
  await page.getByRole('button', { name: t('participant-add') }).click();
  await page.getByRole('region', { name: t('participants-heading') }).getByRole('listitem').filter({ hasText: name }).waitFor();
}

async function waitSaved(page, text = t('save-saved')) {
  await page.getByRole('status').filter({ hasText: text }).waitFor();
}

test('a case with two children and three participants survives a language switch and a reload, and can be deleted', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl);
  await page.getByRole('heading', { name: t('cases-heading') }).waitFor();
  await page.getByText(t('cases-empty')).waitFor();
  // The privacy statement is on the start screen (and, being in the footer, on every screen).
  await page.getByText(t('privacy-note')).waitFor();

  await page.getByLabel(t('new-alias-label'), { exact: true }).fill('Familie Test');
  await page.getByRole('button', { name: t('new-create'), exact: true }).click();
  await page.getByRole('heading', { name: 'Familie Test', level: 2 }).waitFor();

  await addChild(page, 'Lotte', { date: '2015-06-01' });
  await addChild(page, 'Baby Bram', { expected: true, date: '2027-02-15' });
  await addParticipant(page, 'Mama Eva', t('role-parent'));
  await addParticipant(page, 'Lotte', t('role-youngPerson'));
  await addParticipant(page, 'Ria', t('role-professional'));
  await page.getByRole('radio', { name: t('way-screening'), exact: true }).check();
  await page.getByRole('checkbox', { name: t('consent-recordOnDevice') }).check();
  await waitSaved(page);
  // Ages are derived from the dates.
  const children = page.getByRole('region', { name: t('children-heading') });
  await children.getByText(t('age-years', { years: /\d+/ })).waitFor();
  await children.getByText(t('age-expected', { weeks: /\d+/ })).waitFor();

  // English and back: the same case, other words.
  await page.getByLabel(t('language-label')).selectOption('en');
  await page.getByRole('heading', { name: t('children-heading', {}, 'en') }).waitFor();
  await page.getByRole('region', { name: t('participants-heading', {}, 'en') }).getByRole('listitem').filter({ hasText: t('role-youngPerson', {}, 'en') }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByText(t('privacy-note', {}, 'en')).waitFor();
  await page.getByLabel(t('language-label')).selectOption('nl');
  await page.getByRole('heading', { name: t('children-heading') }).waitFor();

  // Reload: the case is restored from this device's storage.
  await page.reload();
  await unlock(page);
  await page.getByRole('button', { name: /^Familie Test/ }).click();
  const who = page.getByRole('region', { name: t('participants-heading') });
  for (const name of ['Mama Eva', 'Lotte', 'Ria']) await who.getByRole('listitem').filter({ hasText: name }).waitFor();
  assert.equal(await who.getByRole('listitem').count(), 3);
  assert.equal(await page.getByRole('region', { name: t('children-heading') }).getByRole('listitem').count(), 2);
  assert.equal(await page.getByRole('radio', { name: t('way-screening'), exact: true }).isChecked(), true);
  assert.equal(await page.getByRole('checkbox', { name: t('consent-recordOnDevice') }).isChecked(), true);

  // Delete: asked first, then gone, also after a reload.
  await page.getByRole('button', { name: t('close-case') }).click();
  await page.getByRole('button', { name: t('delete-case-label', { name: 'Familie Test' }) }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByText(t('delete-question', { name: 'Familie Test' }), { exact: false }).waitFor();
  await dialog.getByRole('button', { name: t('delete-yes') }).click();
  await page.getByText(t('cases-empty')).waitFor();
  await page.reload();
  await unlock(page);
  await page.getByText(t('cases-empty')).waitFor();
  const stored = await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('samenplan');
    open.onsuccess = () => {
      const req = open.result.transaction('cases').objectStore('cases').count();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    };
    open.onerror = () => reject(open.error);
  }));
  assert.equal(stored, 0, 'nothing of the deleted case is left in IndexedDB');

  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});

test('a name is required, and a refused change says why without losing anything', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl);
  await page.getByRole('button', { name: t('new-create'), exact: true }).click();
  await page.getByRole('alert').filter({ hasText: t('error-empty-name') }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 2, name: 'Familie' }).count(), 0);
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});
