// The life of the page on a shared tablet, with a browser profile kept between uses: the
// autosave when the browser dies mid-sentence or the page is hidden, what the browser keeps of a
// family outside the encrypted store (its autofill table), Back after leaving an open case, the
// wait after wrong passphrases, the Content-Security-Policy inside workers, and plain messages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startApp, launchProfile, unlock, assertOnlyOwnRequests, DIST, PASSPHRASE, t } from './harness.mjs';
import { startServer, APP_POLICY } from '../../scripts/serve.mjs';

const REPO = path.resolve(import.meta.dirname, '..', '..');
let server; // one server for every profile: the origin (and so the storage) stays the same
const dirs = [];

before(async () => {
  server = await startServer({ root: DIST, port: 0 });
});
after(async () => {
  await server?.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A fresh profile directory, the same for every launch of one test. */
function profileDir(name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `samenplan-profile-${name}-`));
  dirs.push(dir);
  return dir;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The first theme's "what goes well" note of Sanne in the demo family, on the triangle step. */
async function sanneNote(page) {
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await page.getByRole('navigation', { name: t('steps-label') }).getByRole('button', { name: t('step-triangle') }).click();
  const box = page.getByRole('group', { name: 'Sanne', exact: true }).getByLabel(t('note-going-well'));
  await box.waitFor();
  return box;
}

const STORY = 'Mama vertelt dat Noor sinds de zomer beter slaapt, dat oma op woensdag komt helpen en dat ' +
  'de buurvrouw soms kookt als papa laat werkt. Ze wil graag weten hoe het met school gaat. ';

/**
 * Types into `box` without a pause for `ms`: one key, a short wait, the next. Returns the text
 * typed and the moment (Date.now) each key had been handled by the page.
 */
async function typeFor(page, box, ms) {
  await box.fill('');
  await page.getByRole('status').filter({ hasText: t('save-saved') }).waitFor();
  await box.focus();
  const at = [];
  let text = '';
  const end = Date.now() + ms;
  for (let i = 0; Date.now() < end; i++) {
    const ch = STORY[i % STORY.length];
    await page.keyboard.type(ch);
    at.push(Date.now());
    text += ch;
    await sleep(40);
  }
  return { text, at };
}

/** Starts the browser again on the profile, unlocks and reads the note back. */
async function noteAfterRestart(dir) {
  const again = await launchProfile(dir);
  try {
    await again.page.goto(server.url);
    await unlock(again.page);
    const box = await sanneNote(again.page);
    return await box.inputValue();
  } finally {
    await again.close();
  }
}

test('typing without a pause survives the browser being killed, all but the last second', async (ctx) => {
  const dir = profileDir('kill');
  const first = await launchProfile(dir);
  await first.page.goto(`${server.url}?demo`);
  await unlock(first.page);
  const box = await sanneNote(first.page);
  const { text, at } = await typeFor(first.page, box, 10_000);
  await sleep(100);
  const killedAt = Date.now();
  assert.deepEqual(first.page.errors, []);
  await first.kill();

  const stored = await noteAfterRestart(dir);
  const mustHave = at.filter((ms) => ms <= killedAt - 1000).length;
  ctx.diagnostic(`${text.length} keys in 10 s; ${stored.length} stored; keys older than 1 s before the kill: ${mustHave}`);
  assert.ok(text.startsWith(stored), 'what is stored is what was typed, up to some point');
  assert.ok(stored.length >= mustHave, `at most the last second is lost: ${stored.length} of ${text.length} keys kept, ${mustHave} needed`);
});

test('a page that is hidden writes at once: killed right after, nothing typed is lost', async (ctx) => {
  const dir = profileDir('hide');
  const first = await launchProfile(dir);
  await first.page.goto(`${server.url}?demo`);
  await unlock(first.page);
  const box = await sanneNote(first.page);
  const { text } = await typeFor(first.page, box, 10_000);
  // The tablet put away: the browser says the page is hidden. (Headless Chromium has no window to
  // hide, so the page is told as a browser tells it: the state and the event.)
  await first.page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  // Shorter than the pause the autosave waits for: only the write on hiding can have stored the end.
  await sleep(200);
  assert.deepEqual(first.page.errors, []);
  await first.kill();

  const stored = await noteAfterRestart(dir);
  ctx.diagnostic(`${text.length} keys typed, ${stored.length} stored`);
  assert.equal(stored, text, 'everything typed before the page was hidden is stored');
});

/** Every text of every table in the profile's `Web Data` (the autofill database), by python3. */
function webDataText(dir) {
  const file = path.join(dir, 'Default', 'Web Data');
  assert.ok(fs.existsSync(file), `${file} exists`);
  const script = `
import sqlite3, sys
db = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)
out = []
for (name,) in db.execute("select name from sqlite_master where type = 'table'"):
    for row in db.execute('select * from "%s"' % name.replace('"', '""')):
        for v in row:
            if isinstance(v, bytes):
                v = v.decode('utf-8', 'replace')
            if v is not None:
                out.append(name + ': ' + str(v))
print('\\n'.join(out))
`;
  return execFileSync('python3', ['-c', script, file], { encoding: 'utf8' });
}

/** Names of the profile's files that hold `text` as UTF-8 or UTF-16 (other than the app's cache). */
function filesHolding(dir, texts) {
  const found = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        const bytes = fs.readFileSync(p);
        for (const t of texts) {
          if (bytes.includes(Buffer.from(t, 'utf8')) || bytes.includes(Buffer.from(t, 'utf16le'))) {
            found.push(`${path.relative(dir, p)}: "${t}"`);
          }
        }
      }
    }
  };
  walk(dir);
  return found;
}

test('after a full visit the browser profile keeps no family text outside the encrypted store', async () => {
  const dir = profileDir('autofill');
  const { page, close } = await launchProfile(dir);
  // Made-up words, so any copy of them in the profile can only come from this visit.
  const family = { alias: 'Familie Veldkruid', child: 'Kobiet', parent: 'Mirelle Zandvoort', friend: 'Ondine Keersmaker',
    relation: 'tante van Kobiet', goal: 'Kobiet fietst zelf naar de Wilgenschool', what: 'Ondine haalt Kobiet op dinsdag',
    when: 'elke dinsdagmiddag', note: 'Kobiet speelt graag met de Lorrewinde-kat' };
  try {
    await page.goto(server.url);
    await unlock(page);
    await page.getByLabel(t('new-alias-label'), { exact: true }).fill(family.alias);
    await page.getByRole('button', { name: t('new-create'), exact: true }).click();
    await page.getByLabel(t('child-alias-label')).fill(family.child);
    await page.getByRole('radio', { name: t('child-born'), exact: true }).check();
    await page.getByLabel(t('child-birth-label')).fill('2017-03-04');
    await page.getByRole('button', { name: t('child-add') }).click();
    await page.getByRole('region', { name: t('children-heading') }).getByText(family.child).waitFor();
    await page.getByLabel(t('participant-name-label'), { exact: true }).fill(family.parent);
    await page.getByRole('button', { name: t('participant-add') }).click();
    await page.getByRole('region', { name: t('participants-heading') }).getByText(family.parent).waitFor();

    const step = (name) => page.getByRole('navigation', { name: t('steps-label') }).getByRole('button', { name, exact: true }).click();
    await step(t('step-triangle'));
    await page.getByRole('group', { name: family.parent, exact: true }).getByLabel(t('note-going-well')).fill(family.note);
    await step(t('step-circle'));
    await page.getByLabel(t('circle-add-name'), { exact: true }).fill(family.friend);
    await page.getByLabel(t('circle-relation')).fill(family.relation);
    await page.getByRole('button', { name: t('circle-add') }).click();
    await page.getByRole('status').filter({ hasText: t('circle-added', { name: family.friend, ring: /.+/, sector: /.+/ }) }).waitFor();
    await step(t('step-plan'));
    await page.getByLabel(t('goal-text-label')).fill(family.goal);
    await page.getByRole('button', { name: t('goal-add') }).click();
    await page.getByRole('region', { name: t('plan-goals') }).getByText(family.goal).waitFor();
    // The first after "—": the parent (the labels carry a role or relation).
    await page.getByLabel(t('agreement-who-label'), { exact: true }).selectOption({ index: 1 });
    await page.getByLabel(t('agreement-what-label'), { exact: true }).fill(family.what);
    await page.getByLabel(t('agreement-when-label')).fill(family.when);
    await page.getByRole('button', { name: t('agreement-add') }).click();
    await page.getByText(family.what).first().waitFor();
    await page.getByRole('status').filter({ hasText: t('save-saved') }).waitFor();
    // The visit ends: the case is closed and the page left, as the next user would find it.
    await page.getByRole('button', { name: t('close-case') }).click();
    await page.goto('about:blank');
    assert.deepEqual(page.errors, []);
    assertOnlyOwnRequests(page, server.url);
  } finally {
    await close(); // the browser writes its databases out when it ends
  }
  const words = Object.values(family);
  const table = webDataText(dir);
  const inTable = words.filter((w) => table.includes(w));
  assert.deepEqual(inTable, [], `the autofill database holds family text:\n${table.split('\n').filter((l) => words.some((w) => l.includes(w))).join('\n')}`);
  // Nor anywhere else in the profile, but encrypted (IndexedDB holds only sealed records).
  assert.deepEqual(filesHolding(dir, words), [], 'no file of the profile holds family text in the clear');
});

test('Back after leaving an open case shows the lock screen, not the case', async () => {
  const dir = profileDir('back');
  // Another site to go to, with one plain page.
  const elsewhere = profileDir('elsewhere');
  fs.writeFileSync(path.join(elsewhere, 'index.html'), '<!doctype html><html lang="nl"><title>Elders</title><link rel="icon" href="data:,"><p>Een andere site.</p></html>');
  const other = await startServer({ root: elsewhere, port: 0, appPolicy: false });
  const { page, close } = await launchProfile(dir);
  try {
    await page.goto(`${server.url}?demo`);
    await unlock(page);
    const box = await sanneNote(page);
    const note = 'Alleen voor dit gesprek: het gaat niet goed tussen de ouders.';
    await box.fill(note);
    // Marks this document: after Back it is still there only if the browser kept the page.
    await page.evaluate(() => { window.samenplanTestKept = true; });
    await page.goto(other.url);
    await page.goBack({ waitUntil: 'commit' });
    await page.getByRole('heading', { name: t('unlock-heading') }).waitFor();
    const kept = await page.evaluate(() => window.samenplanTestKept === true);
    const reasons = await page.evaluate(() => JSON.stringify(performance.getEntriesByType('navigation')[0]?.notRestoredReasons ?? null));
    assert.ok(kept, `Back restored the page from the back/forward cache (else this tests a reload): ${reasons}`);
    const html = await page.content();
    for (const secret of [note, 'Familie Zon', 'Sanne']) assert.ok(!html.includes(secret), `"${secret}" is not in the restored page`);
    // The note was written before the lock: unlocking finds it.
    await unlock(page);
    assert.equal(await (await sanneNote(page)).inputValue(), note);
    assert.deepEqual(page.errors, []);
  } finally {
    await close();
    await other.close();
  }
});

/** The device settings record (wrong tries and their time) as stored. */
async function storedMeta(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('samenplan');
    open.onsuccess = () => {
      const r = open.result.transaction('meta').objectStore('meta').get('device');
      r.onsuccess = () => { open.result.close(); resolve(JSON.parse(r.result)); };
      r.onerror = () => reject(r.error);
    };
    open.onerror = () => reject(open.error);
  }));
}

test('during the wait after wrong passphrases the right one gets a live countdown, not a verdict', async () => {
  const app = await startApp();
  try {
    const page = await app.newPage();
    await page.goto(app.baseUrl);
    await unlock(page);
    await page.getByRole('button', { name: t('lock-now') }).click();
    const field = page.getByLabel(t('passphrase-label'), { exact: true });
    const open = page.getByRole('button', { name: t('unlock-submit'), exact: true });
    // Three wrong tries: the third brings a wait of 2 s, then a fourth one of 4 s.
    for (let i = 1; i <= 4; i++) {
      if (i === 4) await page.getByRole('timer').waitFor({ state: 'detached', timeout: 5000 });
      await field.fill(`niet de goede ${i}`);
      await open.click();
      await page.getByRole('alert').filter({ hasText: t('unlock-wrong') }).waitFor();
      await open.and(page.locator(':enabled')).waitFor();
    }
    const timer = page.getByRole('timer');
    await timer.filter({ hasText: new RegExp(`^${t('unlock-countdown', { seconds: /[234]/ }).source}$`) }).waitFor();
    assert.equal((await storedMeta(page)).failures, 4);

    // The right passphrase, too soon: it is not tried, so not called wrong, and it stays typed.
    await field.fill(PASSPHRASE);
    await open.click();
    await page.getByRole('alert').filter({ hasText: t('unlock-not-tried') }).waitFor();
    // No verdict: neither wording of "wrong" (unlock-wrong, unlock-wrong-wait) shows.
    assert.equal(await page.getByText(t('unlock-wrong')).count(), 0, 'no verdict on a passphrase that was not tried');
    assert.equal(await field.inputValue(), PASSPHRASE);
    assert.equal((await storedMeta(page)).failures, 4, 'a passphrase given during the wait is not counted');
    // The count goes down live, in the singular at the end.
    await timer.filter({ hasText: t('unlock-countdown', { seconds: 1 }) }).waitFor({ timeout: 5000 });
    await timer.waitFor({ state: 'detached', timeout: 3000 });
    await open.click();
    await page.getByRole('heading', { name: t('cases-heading') }).waitFor({ timeout: 30_000 });
    assert.equal((await storedMeta(page)).failures, 0);
    assert.deepEqual(page.errors, []);
    assertOnlyOwnRequests(page, app.baseUrl);
  } finally {
    await app.close();
  }
});

/** A server on another origin that counts what reaches it and would let any page read it. */
async function countingServer() {
  const hits = [];
  const s = http.createServer((req, res) => {
    hits.push(req.url);
    res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain' });
    res.end('reached');
  });
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${s.address().port}/`, hits, close: () => new Promise((r) => s.close(r)) };
}

/** What a fetch of `url` from inside `where` (a page or a worker) came to. */
function tryFetch(where, url) {
  return where.evaluate(async (u) => {
    try {
      const r = await fetch(u);
      return `reached: ${await r.text()}`;
    } catch (e) {
      return `blocked: ${e.name}`;
    }
  }, url);
}

test('workers and the service worker are under the policy: a fetch to another origin is blocked', async () => {
  const app = await startApp();
  const elsewhere = await countingServer();
  try {
    const page = await app.newPage();
    await page.goto(app.baseUrl);
    await page.getByLabel(t('passphrase-new-label')).waitFor();
    assert.match(await tryFetch(page, `${elsewhere.url}from-page`), /^blocked/);
    for (const script of ['pdf-worker.js', 'qr-worker.js']) {
      const [worker] = await Promise.all([
        page.waitForEvent('worker'),
        page.evaluate((s) => { (window.samenplanTestWorkers ??= []).push(new Worker(s)); }, script),
      ]);
      assert.match(await tryFetch(worker, `${elsewhere.url}from-${script}`), /^blocked/, `${script} cannot reach another origin`);
      // Its own module files it can still fetch.
      assert.match(await tryFetch(worker, new URL('fonts/LICENSE-DejaVu.txt', app.baseUrl).href), /^reached/);
    }
    const sw = page.context().serviceWorkers()[0] ?? (await page.context().waitForEvent('serviceworker'));
    assert.match(await tryFetch(sw, `${elsewhere.url}from-sw`), /^blocked/, 'the service worker cannot reach another origin');
    assert.deepEqual(elsewhere.hits, [], 'nothing reached the other server');
  } finally {
    await elsewhere.close();
    await app.close();
  }
});

test('the policy the server sends is the one in index.html and in the README', () => {
  const html = fs.readFileSync(path.join(REPO, 'www', 'index.html'), 'utf8');
  const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.equal(meta, APP_POLICY, 'www/index.html');
  const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const documented = readme.match(/^Content-Security-Policy: (default-src [^\n]+?); frame-ancestors/m)?.[1];
  assert.equal(documented, APP_POLICY, 'README: the header for organisations');
});

test('a file in the wrong place or not quite right is named in plain words, with nothing technical in them', async () => {
  const app = await startApp();
  try {
    const page = await app.newPage();
    await page.goto(app.baseUrl);
    await unlock(page);
    const input = page.getByLabel(t('import-label'));
    const alert = page.locator('.import-case').getByRole('alert');
    // An encrypted hand-over file given to the family-file import.
    await input.setInputFiles({ name: 'Familie-Zon.samenplan', mimeType: 'application/octet-stream', buffer: Buffer.concat([Buffer.from('SPENC1'), Buffer.alloc(200, 7)]) });
    await alert.filter({ hasText: t('import-error-encrypted') }).waitFor();
    assert.ok((await alert.innerText()).includes(t('open-backup-heading')));
    // A family file that breaks a rule: said in Dutch, without the checker's English.
    await input.setInputFiles(path.join(REPO, 'tests', 'fixtures', 'import', 'agreement-unknown-person.json'));
    await alert.filter({ hasText: t('import-error-invalid') }).waitFor();
    assert.equal(await alert.innerText(), t('import-error-invalid'));
    assert.deepEqual(page.errors, []);
    assertOnlyOwnRequests(page, app.baseUrl);
  } finally {
    await app.close();
  }
});
