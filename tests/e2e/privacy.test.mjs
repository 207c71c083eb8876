// Privacy on a shared tablet: encrypted at rest, locked on reload and when idle, wrong
// passphrases refused, and wiping leaves nothing behind.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, assertOnlyOwnRequests, openApp, PASSPHRASE, t } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** Everything IndexedDB holds for the app, as text (bytes read as UTF-8, lossy). */
async function dumpIndexedDb(page) {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('samenplan')) return { names, text: '', records: 0 };
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open('samenplan');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    let text = '';
    let records = 0;
    for (const store of db.objectStoreNames) {
      const values = await new Promise((resolve, reject) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      for (const v of values) {
        records += 1;
        text += typeof v === 'string' ? v : new TextDecoder('utf-8', { fatal: false }).decode(v);
        text += '\n';
      }
    }
    db.close();
    return { names, text, records };
  });
}

const GOAL = 'Elke zondag samen pannenkoeken bakken';
const NOTE = 'Noor slaapt goed en eet graag mee.';

test('cases are encrypted at rest, locked on reload, and wrong passphrases change nothing', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl, '?demo');
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await page.getByRole('navigation', { name: t('steps-label') }).getByRole('button', { name: t('step-plan') }).click();
  await page.getByLabel(t('goal-text-label')).fill(GOAL);
  await page.getByRole('button', { name: t('goal-add') }).click();
  await page.getByRole('region', { name: t('plan-goals') }).getByText(GOAL).waitFor();
  await page.getByRole('status').filter({ hasText: t('save-saved') }).waitFor();

  const stored = await dumpIndexedDb(page);
  assert.ok(stored.records >= 2, `a case record and the device settings are stored (${stored.records})`);
  for (const secret of ['Familie Zon', NOTE, GOAL, 'Sanne', PASSPHRASE]) {
    assert.ok(!stored.text.includes(secret), `IndexedDB must not hold "${secret}" in the clear`);
  }
  const local = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie + location.href);
  for (const secret of ['Familie Zon', GOAL]) assert.ok(!local.includes(secret), `no "${secret}" in web storage, cookies or the URL`);

  // A reload locks: nothing of the case is on the page.
  await page.reload();
  await page.getByRole('heading', { name: t('unlock-heading') }).waitFor();
  assert.ok(!(await page.content()).includes('Familie Zon'), 'the locked page shows nothing of the case');

  // Wrong passphrases: refused, and after a few, a growing wait.
  for (let i = 1; i <= 3; i++) {
    await page.getByLabel(t('passphrase-label'), { exact: true }).fill(`niet de goede ${i}`);
    await page.getByRole('button', { name: t('unlock-submit'), exact: true }).click();
    await page.getByRole('alert').filter({ hasText: t('unlock-wrong') }).waitFor();
    await page.getByRole('button', { name: t('unlock-submit'), exact: true }).and(page.locator(':enabled')).waitFor();
  }
  await page.getByRole('timer').filter({ hasText: new RegExp(`^${t('unlock-countdown', { seconds: /\d/ }).source}$`) }).waitFor();
  assert.ok(!(await page.content()).includes('Familie Zon'));
  const after = await dumpIndexedDb(page);
  assert.ok(!after.text.includes('Familie Zon'));
  assert.equal(after.records, stored.records, 'wrong passphrases touch no case');

  // The right one, once the wait is over, opens everything as it was.
  // The enforced wait after three wrong tries is the thing under test: its countdown ends first.
  await page.getByRole('timer').waitFor({ state: 'detached', timeout: 10_000 });
  await page.getByLabel(t('passphrase-label'), { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: t('unlock-submit'), exact: true }).click();
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await page.getByRole('navigation', { name: t('steps-label') }).getByRole('button', { name: t('step-plan') }).click();
  await page.getByRole('region', { name: t('plan-goals') }).getByText(GOAL).waitFor();

  // Lock on demand.
  await page.getByRole('button', { name: t('lock-now') }).click();
  await page.getByRole('heading', { name: t('unlock-heading') }).waitFor();
  assert.ok(!(await page.content()).includes(GOAL));

  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});

test('the app locks itself when idle, and wiping everything leaves IndexedDB empty', async () => {
  const page = await app.newPage();
  await page.clock.install();
  await openApp(page, app.baseUrl, '?demo');
  await page.getByLabel(t('lock-minutes-label')).selectOption('1');
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Familie Zon' }).waitFor();
  await page.clock.fastForward(30_000);
  // Still open after half a minute; locked after the minute without use.
  await page.getByRole('heading', { level: 2, name: 'Familie Zon' }).waitFor();
  await page.clock.fastForward(31_000);
  await page.getByRole('heading', { name: t('unlock-heading') }).waitFor();
  assert.ok(!(await page.content()).includes('Familie Zon'));

  // Forgotten passphrase: wipe everything from the lock screen.
  await page.getByText(t('forgot-summary')).click();
  await page.getByRole('button', { name: t('wipe-all') }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: t('wipe-yes') }).click();
  await page.getByRole('alert').filter({ hasText: t('notice-wiped') }).waitFor();
  await page.getByLabel(t('passphrase-new-label')).waitFor();
  const left = await dumpIndexedDb(page);
  assert.equal(left.records, 0, 'no record of any kind is left');
  assert.ok(!left.text.includes('Familie Zon'));

  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});

test('a case handed over as an encrypted file opens only with its passphrase, as a copy when it exists', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl, '?demo');
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await page.getByRole('navigation', { name: t('steps-label') }).getByRole('button', { name: t('step-export') }).click();
  await page.getByLabel(t('backup-passphrase-label')).fill('overdracht aan Inge');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: t('backup-download') }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^Familie-Zon\.samenplan$/);
  const file = await download.path();
  const bytes = (await import('node:fs')).readFileSync(file);
  assert.equal(bytes.subarray(0, 6).toString('latin1'), 'SPENC1');
  assert.ok(!bytes.toString('latin1').includes('Familie Zon'), 'the file is not readable without the passphrase');

  // Another device opens it.
  const other = await app.newPage();
  await openApp(other, app.baseUrl);
  await other.getByLabel(t('backup-file-label'), { exact: true }).setInputFiles(file);
  await other.getByLabel(t('backup-passphrase-open-label')).fill('verkeerd');
  await other.getByRole('button', { name: t('backup-open'), exact: true }).click();
  await other.getByRole('status').filter({ hasText: t('backup-wrong') }).waitFor();
  assert.equal(await other.getByRole('button', { name: /^Familie Zon/ }).count(), 0);

  // A tampered copy is refused even with the right passphrase.
  const tampered = Buffer.from(bytes);
  tampered[tampered.length - 5] ^= 0x01;
  await other.getByLabel(t('backup-file-label'), { exact: true }).setInputFiles({ name: 'x.samenplan', mimeType: 'application/octet-stream', buffer: tampered });
  await other.getByLabel(t('backup-passphrase-open-label')).fill('overdracht aan Inge');
  await other.getByRole('button', { name: t('backup-open'), exact: true }).click();
  await other.getByRole('status').filter({ hasText: t('backup-wrong') }).waitFor();

  await other.getByLabel(t('backup-file-label'), { exact: true }).setInputFiles(file);
  await other.getByLabel(t('backup-passphrase-open-label')).fill('overdracht aan Inge');
  await other.getByRole('button', { name: t('backup-open'), exact: true }).click();
  await other.getByRole('button', { name: /^Familie Zon/ }).waitFor();

  // The first device already has it: it asks, and keeps both.
  await page.getByRole('button', { name: t('close-case') }).click();
  await page.getByLabel(t('backup-file-label'), { exact: true }).setInputFiles(file);
  await page.getByLabel(t('backup-passphrase-open-label')).fill('overdracht aan Inge');
  await page.getByRole('button', { name: t('backup-open'), exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: t('import-as-copy') }).click();
  await page.getByRole('button', { name: new RegExp(`^${t('import-copy-name', { name: 'Familie Zon' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).waitFor();
  assert.equal(await page.getByRole('button', { name: /^Familie Zon/ }).count(), 2);

  for (const p of [page, other]) {
    assert.deepEqual(p.errors, []);
    assertOnlyOwnRequests(p, app.baseUrl);
  }
});
