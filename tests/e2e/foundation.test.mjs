// The foundation as a nurse uses it: start a family, add children and participants, switch
// language, reload, delete. Every request must be for the app's own files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, assertOnlyOwnRequests, openApp, unlock } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

async function addChild(page, name, { expected = false, date }) {
  await page.getByLabel('Naam of bijnaam van het kind').fill(name);
  await page.getByRole('radio', { name: expected ? 'Nog niet geboren' : 'Geboren', exact: true }).check();
  await page.getByLabel(expected ? 'Uitgerekende datum' : 'Geboortedatum').fill(date);
  await page.getByRole('button', { name: 'Kind toevoegen' }).click();
  await page.getByRole('region', { name: 'Kinderen' }).getByRole('listitem').filter({ hasText: name }).waitFor();
}

async function addParticipant(page, name, role) {
  await page.getByLabel('Naam', { exact: true }).fill(name);
  await page.getByLabel('Rol', { exact: true }).selectOption({ label: role });
  await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
  await page.getByRole('region', { name: 'Wie doen er mee?' }).getByRole('listitem').filter({ hasText: name }).waitFor();
}

async function waitSaved(page, text = 'Bewaard op dit apparaat') {
  await page.getByRole('status').filter({ hasText: text }).waitFor();
}

test('a case with two children and three participants survives a language switch and a reload, and can be deleted', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl);
  await page.getByRole('heading', { name: 'Gezinnen op dit apparaat' }).waitFor();
  await page.getByText('Er staan nog geen gezinnen op dit apparaat.').waitFor();
  // The privacy statement is on the start screen (and, being in the footer, on every screen).
  await page.getByText('blijft op dit apparaat. Er gaat niets naar een server.').waitFor();

  await page.getByLabel('Naam voor dit gezin', { exact: true }).fill('Familie Test');
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await page.getByRole('heading', { name: 'Familie Test', level: 2 }).waitFor();

  await addChild(page, 'Lotte', { date: '2015-06-01' });
  await addChild(page, 'Baby Bram', { expected: true, date: '2027-02-15' });
  await addParticipant(page, 'Mama Eva', 'Ouder of verzorger');
  await addParticipant(page, 'Lotte', 'Jongere');
  await addParticipant(page, 'Ria', 'Professional');
  await page.getByRole('radio', { name: /^Signaleren \(kort/ }).check();
  await page.getByRole('checkbox', { name: /bewaard/ }).check();
  await waitSaved(page);
  // Ages are derived from the dates.
  const children = page.getByRole('region', { name: 'Kinderen' });
  await children.getByText(/\d+ jaar/).waitFor();
  await children.getByText(/verwacht over \d+ weken/).waitFor();

  // English and back: the same case, other words.
  await page.getByLabel('Taal · Language').selectOption('en');
  await page.getByRole('heading', { name: 'Children' }).waitFor();
  await page.getByRole('region', { name: 'Who takes part?' }).getByRole('listitem').filter({ hasText: 'Young person' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByText('Nothing is sent to a server.').waitFor();
  await page.getByLabel('Taal · Language').selectOption('nl');
  await page.getByRole('heading', { name: 'Kinderen' }).waitFor();

  // Reload: the case is restored from this device's storage.
  await page.reload();
  await unlock(page);
  await page.getByRole('button', { name: /^Familie Test/ }).click();
  const who = page.getByRole('region', { name: 'Wie doen er mee?' });
  for (const name of ['Mama Eva', 'Lotte', 'Ria']) await who.getByRole('listitem').filter({ hasText: name }).waitFor();
  assert.equal(await who.getByRole('listitem').count(), 3);
  assert.equal(await page.getByRole('region', { name: 'Kinderen' }).getByRole('listitem').count(), 2);
  assert.equal(await page.getByRole('radio', { name: /^Signaleren \(kort/ }).isChecked(), true);
  assert.equal(await page.getByRole('checkbox', { name: /bewaard/ }).isChecked(), true);

  // Delete: asked first, then gone, also after a reload.
  await page.getByRole('button', { name: 'Sluiten' }).click();
  await page.getByRole('button', { name: 'Verwijderen: Familie Test' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByText('Dit kun je niet ongedaan maken.', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await page.getByText('Er staan nog geen gezinnen op dit apparaat.').waitFor();
  await page.reload();
  await unlock(page);
  await page.getByText('Er staan nog geen gezinnen op dit apparaat.').waitFor();
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
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await page.getByRole('alert').filter({ hasText: 'Vul een naam in.' }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 2, name: 'Familie' }).count(), 0);
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});
