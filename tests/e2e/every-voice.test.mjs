// Every voice in the family: the young person's own triangle, answering apart on one tablet (by
// keyboard alone), and co-filling from a family member's own phone with no server in between.
//
// Two separate browsers with their own profiles play the tablet (1024x768) and the phone
// (390x844). Each has Chromium's fake camera playing a Y4M file this test writes just before
// that device scans: the invitation's QR code for the phone, the phone's answer codes for the
// tablet. The codes on screen are also read with zbarimg, a decoder outside the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startApp, assertOnlyOwnRequests, outputDir, openApp, PASSPHRASE, pngsToY4m, axe, t } from './harness.mjs';

const OUT = outputDir('every-voice');
const TABLET_CAM = path.join(OUT, 'tablet-camera.y4m');
const PHONE_CAM = path.join(OUT, 'phone-camera.y4m');
const fakeCamera = (file) => [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  `--use-file-for-fake-video-capture=${file}`,
];

let tablet;
let phone;
before(async () => {
  // A blank picture until there is something to show the camera.
  for (const f of [TABLET_CAM, PHONE_CAM]) fs.writeFileSync(f, blankY4m());
  tablet = await startApp({ extraArgs: fakeCamera(TABLET_CAM) });
  phone = await startApp({ extraArgs: fakeCamera(PHONE_CAM) });
});
after(async () => {
  await tablet?.close();
  await phone?.close();
});

function blankY4m(w = 64, h = 64) {
  const header = Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\n`);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), Buffer.alloc(w * h, 235), Buffer.alloc(w * h / 2, 128)]);
  return Buffer.concat([header, frame]);
}

/** The texts of every QR code in a PNG, read by zbarimg (outside the app). */
function zbar(png) {
  const out = execFileSync('zbarimg', ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', png], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

/** Presses Tab until the focused element has this accessible name (keyboard only, no clicks). */
async function tabTo(page, name, { max = 250, reverse = false } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(reverse ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return '';
      const label = el.getAttribute('aria-label')
        || (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent)
        || el.textContent;
      return (label || '').replace(/\s+/g, ' ').trim();
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

async function openDemoTriangle(page, baseUrl) {
  await openApp(page, baseUrl, '?demo');
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await page.getByRole('navigation', { name: t('steps-label') }).getByRole('button', { name: t('step-triangle'), exact: true }).click();
  await page.getByRole('heading', { name: t('apart-heading') }).waitFor();
}

const phoneViewport = { width: 390, height: 844 };

test('hand-over by keyboard alone: one person sees only their own questions', async () => {
  const page = await tablet.newPage();
  await openDemoTriangle(page, tablet.baseUrl);
  // Sanne's note is on the page before the hand-over.
  const sannesNote = 'Noor slaapt goed en eet graag mee';
  await page.getByRole('group', { name: 'Sanne', exact: true }).waitFor();

  await page.getByRole('button', { name: t('apart-hand-over', { name: 'Youssef' }) }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: t('handover-heading', { name: 'Youssef' }) }).waitFor();
  assert.deepEqual(await axe(page), [], 'axe on the hand-over screen');
  // The others' answers are not hidden but absent: not in the page at all.
  const html = await page.content();
  assert.ok(!html.includes(sannesNote), "Sanne's note is still in the page");
  assert.equal(await page.getByRole('group', { name: 'Sanne', exact: true }).count(), 0);
  assert.equal(await page.getByRole('group', { name: 'Noor', exact: true }).count(), 0);
  assert.equal(await page.getByRole('navigation', { name: t('steps-label') }).count(), 0, 'no way to other steps');
  assert.equal(await page.getByRole('button', { name: t('skip-all-label') }).count(), 0, 'no skip for everyone');

  // Two themes by keyboard: the first theme's card is open; a level by arrow keys, the private
  // mark by Space, then the next theme by its button.
  const youssef = page.getByRole('group', { name: 'Youssef', exact: true });
  await tabTo(page, /^(Kracht|Gaat goed|Een beetje zorgen|Grote zorgen)$/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  const checked = await youssef.getByRole('radio', { checked: true }).count();
  assert.equal(checked, 1, 'a level was chosen by keyboard');
  await tabTo(page, t('answer-private'));
  await page.keyboard.press('Space');
  assert.equal(await youssef.getByRole('checkbox', { name: t('answer-private') }).isChecked(), true);
  await tabTo(page, t('theme-next'));
  await page.keyboard.press('Enter');
  await tabTo(page, /^(Kracht|Gaat goed|Een beetje zorgen|Grote zorgen)$/);
  await page.keyboard.press('Space');

  // Handing back: a wrong passphrase keeps the hand-over; the right one ends it.
  await tabTo(page, t('hand-back'), { reverse: true });
  await page.keyboard.press('Enter');
  // The passphrase field takes the focus by itself.
  await page.waitForFunction(() => document.activeElement?.id === 'hand-back-passphrase');
  await page.keyboard.type('niet de goede wachtzin');
  await page.keyboard.press('Enter');
  await page.getByRole('alert').filter({ hasText: t('unlock-wrong') }).waitFor();
  assert.ok(!(await page.content()).includes(sannesNote));
  await page.getByLabel(t('hand-back-passphrase')).fill('');
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
  await page.getByText(t('handed-back', { name: 'Youssef' })).waitFor();
  await tabTo(page, t('handed-back-compare'), { reverse: true });
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: t('compare-heading') });
  await table.waitFor();
  assert.match(await table.innerText(), /Youssef/);
  assertOnlyOwnRequests(page, tablet.baseUrl);
  assert.deepEqual(page.errors, []);
});

test('co-filling from the phone: invitation by QR code, answers back by QR codes and by file', async () => {
  const tab = await tablet.newPage();
  await openDemoTriangle(tab, tablet.baseUrl);

  // The young person's own triangle, and an invitation for Noor.
  await tab.getByRole('button', { name: t('whose-own', { name: 'Noor' }) }).click();
  await tab.getByRole('heading', { name: /jongeren|Mijn driehoek|eigen/i }).first().waitFor();
  await tab.getByRole('button', { name: t('apart-invite', { name: 'Noor' }) }).click();
  const code = tab.getByRole('img', { name: t('invite-code-label', { name: 'Noor' }) });
  await code.and(tab.locator('img')).waitFor();
  assert.deepEqual(await axe(tab), [], "axe on the young person's triangle with an invitation");
  await tab.screenshot({ path: path.join(OUT, 'youth-triangle-invitation.png'), fullPage: true });
  const invitePng = path.join(OUT, 'invitation.png');
  await code.screenshot({ path: invitePng });
  const [inviteText] = zbar(invitePng);
  assert.ok(inviteText.startsWith(`${tablet.baseUrl}#invite=SPI1.`), inviteText);
  fs.writeFileSync(path.join(OUT, 'invitation-size.txt'), `${inviteText.length} characters in 1 QR code\n`);

  // The phone scans the tablet's screen with its own camera.
  fs.writeFileSync(PHONE_CAM, await pngsToY4m(tab, [invitePng], 10));
  const ph = await phone.newPage({ viewport: phoneViewport });
  await ph.goto(phone.baseUrl);
  await ph.getByRole('button', { name: t('join-open') }).click();
  await ph.getByRole('heading', { name: t('join-heading') }).waitFor();
  await ph.getByRole('status').filter({ hasText: t('guest-progress', { done: 0, total: /\d+/ }) }).waitFor({ timeout: 30_000 });

  assert.deepEqual(await axe(ph), [], "axe on the phone's questions");
  // Six themes as the young person, with a note on one.
  const me = ph.getByRole('group', { name: t('guest-you'), exact: true });
  const levels = ['Gaat heel goed', 'Gaat goed', 'Soms lastig', 'Gaat goed', 'Heel lastig', 'Gaat heel goed'];
  for (const [i, level] of levels.entries()) {
    await me.getByRole('radio', { name: level, exact: true }).check();
    if (i === 2) await me.getByLabel(t('note-going-well')).fill('Voetbal op woensdag');
    await ph.getByRole('button', { name: t('theme-next') }).click();
  }
  await ph.getByRole('status').filter({ hasText: t('guest-progress', { done: 6, total: /\d+/ }) }).waitFor();
  await ph.getByRole('button', { name: t('guest-send') }).click();
  const counter = ph.getByRole('status').filter({ hasText: new RegExp(`^${t('send-code-label', { n: 1, total: /\d+/ }).source}$`) });
  await counter.waitFor();
  const total = Number((await counter.innerText()).match(/van (\d+)/)[1]);
  const answerPngs = [];
  const answerParts = [];
  for (let i = 1; i <= total; i++) {
    const img = ph.getByRole('img', { name: t('send-code-label', { n: i, total }) });
    await img.and(ph.locator('img')).waitFor();
    const png = path.join(OUT, `answers-${i}.png`);
    await img.screenshot({ path: png });
    answerPngs.push(png);
    answerParts.push(...zbar(png));
    if (i < total) await ph.getByRole('button', { name: t('send-code-next') }).click();
  }
  assert.equal(answerParts.length, total, 'every code is readable outside the app');
  assert.deepEqual(await axe(ph), [], "axe on the phone's codes");
  await ph.screenshot({ path: path.join(OUT, 'phone-codes.png'), fullPage: true });
  const [download] = await Promise.all([
    ph.waitForEvent('download'),
    ph.getByRole('button', { name: t('send-file') }).click(),
  ]);
  const answersFile = path.join(OUT, 'answers.txt');
  await download.saveAs(answersFile);
  const answersText = fs.readFileSync(answersFile, 'utf8');
  assert.ok(answersText.startsWith('SPA1.'), answersText.slice(0, 20));
  assert.ok(!answersText.includes('Voetbal'), 'the answers file is sealed');
  fs.writeFileSync(path.join(OUT, 'answers-size.txt'), `${answersText.length} characters in ${total} QR codes\n`);

  // The tablet scans the phone's codes, one after another, with its camera.
  fs.writeFileSync(TABLET_CAM, await pngsToY4m(tab, answerPngs, 10));
  await tab.getByRole('button', { name: t('bring-in-open') }).click();
  await tab.getByRole('button', { name: t('bring-in-scan') }).click();
  await tab.getByRole('status').filter({ hasText: t('bring-in-done', { count: 6, name: 'Noor' }) }).waitFor({ timeout: 60_000 });

  // The phone forgets: after Done nothing of the visit is left in its storage.
  await ph.getByRole('button', { name: t('send-done') }).click();
  await ph.getByRole('button', { name: t('join-open') }).waitFor();
  const left = await ph.evaluate(async () => {
    const found = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise((ok, fail) => {
        const r = indexedDB.open(info.name);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      for (const store of db.objectStoreNames) {
        const n = await new Promise((ok) => {
          const r = db.transaction(store).objectStore(store).count();
          r.onsuccess = () => ok(r.result);
        });
        if (n) found.push(`${info.name}/${store}: ${n}`);
      }
      db.close();
    }
    if (localStorage.length) found.push(`localStorage: ${localStorage.length}`);
    if (sessionStorage.length) found.push(`sessionStorage: ${sessionStorage.length}`);
    return found;
  });
  assert.deepEqual(left, [], 'the phone keeps nothing');
  assert.ok(!(await ph.content()).includes('Voetbal'));

  // A tampered answers file is refused; the genuine one a second time changes nothing.
  const bringIn = tab.getByRole('region', { name: t('bring-in-heading') });
  const chars = [...answersText];
  const at = chars.length - 20;
  chars[at] = chars[at] === 'A' ? 'B' : 'A';
  const tampered = path.join(OUT, 'answers-tampered.txt');
  fs.writeFileSync(tampered, chars.join(''));
  await bringIn.getByLabel(t('bring-in-file')).setInputFiles(tampered);
  await bringIn.getByRole('alert').filter({ hasText: t('cofill-error-damaged') }).waitFor();
  await bringIn.getByLabel(t('bring-in-file')).setInputFiles(answersFile);
  await bringIn.getByRole('alert').filter({ hasText: t('cofill-error-already-used') }).waitFor();
  // Answers sealed for an invitation this family never made (another case on another tablet).
  const foreign = path.join(OUT, 'answers-foreign.txt');
  fs.writeFileSync(foreign, `SPA1.inv-from-elsewhere.${Buffer.alloc(60, 7).toString('base64url')}`);
  await bringIn.getByLabel(t('bring-in-file')).setInputFiles(foreign);
  await bringIn.getByRole('alert').filter({ hasText: t('cofill-error-other-case') }).waitFor();

  // An expired invitation, opened on the phone from its link, is refused in plain words.
  const expiredTicket = {
    v: 1, id: 'inv-old', key: '0'.repeat(64), instrumentId: 'youth', instrumentVersion: 1,
    themeIds: ['me-health'], expiresMs: Date.now() - 1000, role: 'youngPerson',
  };
  const old = await phone.newPage({ viewport: phoneViewport });
  await old.goto(`${phone.baseUrl}#invite=SPI1.${Buffer.from(JSON.stringify(expiredTicket)).toString('base64url')}`);
  await old.getByRole('alert').filter({ hasText: t('cofill-error-expired') }).waitFor();
  assert.equal(await old.evaluate(() => location.hash), '', 'the invitation is taken out of the address');
  assertOnlyOwnRequests(old, phone.baseUrl);
  assert.deepEqual(old.errors, []);

  // A parent answers the family triangle on the phone and sends the answers back as a file.
  await tab.getByRole('button', { name: t('whose-family') }).click();
  await tab.getByRole('button', { name: t('apart-invite', { name: 'Sanne' }) }).click();
  const [inviteDownload] = await Promise.all([
    tab.waitForEvent('download'),
    tab.getByRole('button', { name: t('invite-save-file') }).click(),
  ]);
  const inviteFile = path.join(OUT, 'invitation.txt');
  await inviteDownload.saveAs(inviteFile);
  fs.writeFileSync(PHONE_CAM, blankY4m());
  const ph2 = await phone.newPage({ viewport: phoneViewport });
  await ph2.goto(phone.baseUrl);
  await ph2.getByRole('button', { name: t('join-open') }).click();
  await ph2.getByLabel(t('join-file')).setInputFiles(inviteFile);
  const sanne = ph2.getByRole('group', { name: t('guest-you'), exact: true });
  await sanne.getByRole('radio', { name: 'Een beetje zorgen', exact: true }).check();
  await ph2.getByRole('button', { name: t('guest-send') }).click();
  const [answers2] = await Promise.all([
    ph2.waitForEvent('download'),
    ph2.getByRole('button', { name: t('send-file') }).click(),
  ]);
  const answersFile2 = path.join(OUT, 'answers-sanne.txt');
  await answers2.saveAs(answersFile2);
  await tab.getByRole('button', { name: t('bring-in-open') }).click();
  await tab.getByLabel(t('bring-in-file')).setInputFiles(answersFile2);
  await tab.getByRole('status').filter({ hasText: t('bring-in-done', { count: 1, name: 'Sanne' }) }).waitFor();

  // Noor's own answers beside the parents' in the comparison, where their themes meet.
  await tab.getByRole('button', { name: t('view-compare'), exact: true }).click();
  const table = tab.getByRole('table', { name: t('compare-heading') });
  await table.getByRole('columnheader', { name: t('compare-own-words', { name: 'Noor' }) }).waitFor();
  const health = table.getByRole('row', { name: /^Gezondheid(?! van)/ });
  assert.match(await health.innerText(), /Mijn gezondheid\s*Gaat heel goed/);
  await tab.screenshot({ path: path.join(OUT, 'compare-with-noor.png'), fullPage: true });

  for (const [p, base] of [[tab, tablet.baseUrl], [ph, phone.baseUrl], [ph2, phone.baseUrl]]) {
    assertOnlyOwnRequests(p, base);
    assert.deepEqual(p.errors, []);
  }
});
