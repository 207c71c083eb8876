// New parents make their own plan before the baby is born: time, money and parenting, the four
// questions each partner answers on their own (one on the tablet, one on the phone by an
// invitation file), side by side, a money overview that comes out short with the organisation's
// local money help, three agreements, and the check three months later. The family's PDF in Dutch
// and Arabic is read back with pdftotext; the family file against the case schema.
//
// The device's clock is set (Playwright's clock) so "three months later" is a real later day.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  startApp, assertOnlyOwnRequests, outputDir, openApp, unlock, axe, t, tDate, PASSPHRASE, DIST, pdfText, saveDownload, step,
} from './harness.mjs';
import { quickAdd, list, waitSaved } from './circle-ui.mjs';
import { startServer } from '../../scripts/serve.mjs';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const OUT = outputDir('new-parents');
const FAMILY = 'Lotte en Ravi';
const HELP = { name: 'Geldfit Voorbeeldstad', what: 'Samen je geld op een rij zetten, gratis.', phone: '+31 10 765 43 21' };
// The partner conversation: the instrument's "together" side (schemas/instruments/new-parents.json).
const QUESTIONS = {
  'what-matters': { nl: 'Wat vind je belangrijk?', ar: 'ما المهم بالنسبة إليكم؟' },
  'expect-each-other': { nl: 'Wat verwacht je van elkaar?', ar: 'ماذا تتوقعون من بعضكم؟' },
  'how-we-do-things': { nl: 'Hoe doe je de dingen?', ar: 'كيف تفعلون الأشياء؟' },
  'time-for-all': { nl: 'Heb je tijd voor jezelf, je partner en de kinderen?', ar: 'هل لديكم وقت لأنفسكم، ولبعضكم، وللأطفال؟' },
};
const LOTTE = { 'what-matters': 'Kracht', 'expect-each-other': 'Gaat goed', 'how-we-do-things': 'Een beetje zorgen', 'time-for-all': 'Een beetje zorgen' };
const RAVI = { 'what-matters': 'Kracht', 'expect-each-other': 'Een beetje zorgen', 'how-we-do-things': 'Grote zorgen', 'time-for-all': 'Een beetje zorgen' };
const AGREEMENTS = [
  ['Lotte', 'Lotte zoekt uit hoeveel ouderschapsverlof we kunnen opnemen'],
  ['Ravi', 'Ravi belt Geldfit voor een afspraak over de vaste lasten'],
  ['Lotte', 'Op zondagochtend plannen we samen de week'],
];

let app;
let server;
let dir;
before(async () => {
  app = await startApp();
  // A copy of the build whose organisation lists its local money help.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenplan-new-parents-'));
  fs.cpSync(DIST, dir, { recursive: true });
  const config = JSON.parse(fs.readFileSync(path.join(DIST, 'config.json'), 'utf8'));
  config.moneyHelp = [{ name: { nl: HELP.name, ar: HELP.name }, what: { nl: HELP.what }, phone: HELP.phone }];
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
  server = await startServer({ root: dir, port: 0 });
});
after(async () => {
  await app?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const who = (name) => `${name} (${t('role-parent')})`;

const download = (page, button, saveAs) => saveDownload(page, button, OUT, saveAs);

/** Answers themes on a screen with one person's questions (the hand-over, the phone). */
async function answerAlone(page, group, answers) {
  const nav = page.getByRole('navigation', { name: t('themes-label') });
  for (const [id, level] of Object.entries(answers)) {
    const title = QUESTIONS[id].nl;
    await nav.getByRole('button', { name: new RegExp(`^${esc(title)}`) }).click();
    const card = page.getByRole('region', { name: title, exact: true });
    const r = card.getByRole('group', { name: group, exact: true }).getByRole('radio', { name: level, exact: true });
    await r.check();
    assert.equal(await r.isChecked(), true, `${group}: ${title}: ${level}`);
  }
}

async function saved(page) {
  await page.getByRole('status').filter({ hasText: t('save-saved') }).waitFor();
}

test('expecting parents: the four questions apart, side by side, money, three agreements, the check three months later', async () => {
  const page = await app.newPage();
  await page.clock.install({ time: new Date('2027-01-11T10:00:00') });
  await openApp(page, server.url);

  // The start screen offers the new parents' own way of working.
  await page.getByLabel(t('new-alias-label'), { exact: true }).fill(FAMILY);
  await page.getByRole('button', { name: t('new-create-parents') }).click();
  await page.getByRole('heading', { name: FAMILY, level: 2 }).waitFor();
  const steps = page.getByRole('navigation', { name: t('steps-label') });
  await steps.getByRole('button', { name: t('step-money'), exact: true }).waitFor();

  // Before the birth: a due date, two parents, consent to share the plan.
  await page.getByLabel(t('child-alias-label')).fill('Baby');
  await page.getByRole('radio', { name: t('child-expected') }).check();
  await page.getByLabel(t('child-due-label')).fill('2027-03-20');
  await page.getByRole('button', { name: t('child-add') }).click();
  for (const name of ['Lotte', 'Ravi']) {
    await page.getByLabel(t('participant-name-label'), { exact: true }).fill(name);
    await page.getByLabel(t('participant-role-label'), { exact: true }).selectOption({ label: t('role-parent') });
    await page.getByRole('button', { name: t('participant-add') }).click();
    await page.getByRole('listitem').filter({ hasText: name }).first().waitFor();
  }
  await page.getByLabel(t('consent-shareWithOrganisation')).check();

  // The instrument: time, money, parenting and the four questions, in the theme list.
  await step(page, t('step-triangle'));
  const themes = page.getByRole('navigation', { name: t('themes-label') });
  for (const title of ['Slaap', 'Vaste lasten', 'Steun om jullie heen', ...Object.values(QUESTIONS).map((q) => q.nl)]) {
    await themes.getByRole('button', { name: new RegExp(`^${esc(title)}`) }).waitFor();
  }
  assert.equal(await themes.getByRole('button', { name: /^Veiligheid/ }).count(), 0, 'the triangle is asked instead');
  await page.getByRole('heading', { name: t('apart-heading') }).waitFor();
  assert.deepEqual(await axe(page), [], 'axe on the new parents\' questions');

  // Lotte answers on the tablet on her own.
  await page.getByRole('button', { name: t('apart-hand-over', { name: 'Lotte' }) }).click();
  await page.getByRole('heading', { name: t('handover-heading', { name: 'Lotte' }) }).waitFor();
  assert.equal(await page.getByRole('group', { name: 'Ravi', exact: true }).count(), 0);
  await answerAlone(page, 'Lotte', LOTTE);
  await page.getByRole('button', { name: t('hand-back') }).click();
  await page.getByLabel(t('hand-back-passphrase')).fill(PASSPHRASE);
  await page.keyboard.press('Enter');
  await page.getByText(t('handed-back', { name: 'Lotte' })).waitFor();

  // Ravi answers on his own phone: an invitation as a file, his answers back as a file.
  await page.getByRole('button', { name: t('apart-invite', { name: 'Ravi' }) }).click();
  const invite = await download(page, page.getByRole('button', { name: t('invite-save-file') }), 'invitation-ravi.txt');
  const phone = await app.newPage({ viewport: { width: 390, height: 844 } });
  await phone.clock.install({ time: new Date('2027-01-11T10:20:00') });
  await phone.goto(server.url);
  await phone.getByRole('button', { name: t('join-open') }).click();
  await phone.getByLabel(t('join-file')).setInputFiles(invite);
  await phone.getByRole('status').filter({ hasText: t('guest-progress', { done: 0, total: /\d+/ }) }).waitFor();
  assert.deepEqual(await axe(phone), [], 'axe on the partner\'s questions on the phone');
  await answerAlone(phone, t('guest-you'), RAVI);
  await phone.getByRole('status').filter({ hasText: t('guest-progress', { done: 4, total: /\d+/ }) }).waitFor();
  await phone.screenshot({ path: path.join(OUT, 'phone-questions.png'), fullPage: true });
  await phone.getByRole('button', { name: t('guest-send') }).click();
  const answers = await download(phone, phone.getByRole('button', { name: t('send-file') }), 'answers-ravi.txt');
  await page.getByRole('button', { name: t('bring-in-open') }).click();
  await page.getByLabel(t('bring-in-file')).setInputFiles(answers);
  await page.getByRole('status').filter({ hasText: t('bring-in-done', { count: 4, name: 'Ravi' }) }).waitFor();

  // Side by side: each question with both answers; a difference is a start, never a score.
  await page.getByRole('button', { name: t('view-compare'), exact: true }).click();
  const table = page.getByRole('table', { name: t('compare-heading') });
  await table.waitFor();
  await page.getByText(t('compare-hint')).waitFor();
  for (const [id, q] of Object.entries(QUESTIONS)) {
    const row = table.getByRole('row', { name: new RegExp(`^${esc(q.nl)}`) });
    const text = await row.innerText();
    assert.ok(text.includes(LOTTE[id]) && text.includes(RAVI[id]), `${q.nl}: ${text}`);
  }
  const whole = await table.innerText();
  assert.doesNotMatch(whole, /%|\bscore\b|\bpunten\b/i, 'the comparison scores the couple');
  assert.deepEqual(await axe(page), [], 'axe on the partners side by side');
  await page.screenshot({ path: path.join(OUT, 'side-by-side.png'), fullPage: true });

  // Money: the month comes out short, said kindly, with the local money help.
  await step(page, t('step-money'));
  const money = { work: 2400, benefits: 300, housing: 1350, energy: 250, insurance: 180, repayments: 200, childcare: 700, babyCare: 150 };
  for (const [item, amount] of Object.entries(money)) {
    await page.getByLabel(t(`money-item-${item}`), { exact: true }).fill(String(amount));
    await page.getByLabel(t(`money-item-${item}`), { exact: true }).press('Tab');
  }
  // 2,700 in, 2,830 out.
  const outcome = page.getByRole('status').filter({ hasText: t('money-left-label') });
  await outcome.getByText(t('money-short', { amount: 130 })).waitFor();
  const help = page.getByRole('region', { name: t('money-help-heading') });
  await help.getByText(HELP.name).waitFor();
  await help.getByText(HELP.what).waitFor();
  await help.getByRole('link', { name: t('org-services-phone', { phone: HELP.phone }) }).waitFor();
  assert.deepEqual(await axe(page), [], 'axe on the money overview');
  await page.screenshot({ path: path.join(OUT, 'money.png'), fullPage: true });
  await saved(page);

  // The matrix proposes from the worries; the parents agree.
  await step(page, t('step-matrix'));
  await page.getByRole('region', { name: QUESTIONS['how-we-do-things'].nl, exact: true }).waitFor();
  await page.getByRole('button', { name: t('need-agree-all') }).click();

  // The circle: Lotte's sister stands by her during the pregnancy.
  await step(page, t('step-circle'));
  await quickAdd(page, 'Mira', 'zus van Lotte');
  await list(page).getByRole('button', { name: t('circle-edit-label', { name: 'Mira' }) }).click();
  const mira = page.getByRole('region', { name: t('circle-edit-heading', { name: 'Mira' }) });
  await mira.getByRole('checkbox', { name: t('circle-offer-pregnancy') }).check();
  await mira.getByRole('button', { name: t('circle-close-editor') }).click();
  await waitSaved(page);

  // The plan: three agreements, looked at together every three months.
  await step(page, t('step-plan'));
  for (const [name, what] of AGREEMENTS) {
    await page.getByLabel(t('agreement-who-label'), { exact: true }).selectOption({ label: who(name) });
    await page.getByLabel(t('agreement-what-label'), { exact: true }).fill(what);
    await page.getByRole('button', { name: t('agreement-add') }).click();
    await page.getByRole('listitem').filter({ hasText: what }).first().waitFor();
  }
  const rhythm = page.getByLabel(t('plan-rhythm'));
  assert.equal(await rhythm.inputValue(), '3');
  await page.getByRole('status').filter({ hasText: t('check-next-upcoming', { date: tDate('2027-04-11') }) }).waitFor();
  assert.deepEqual(await axe(page), [], 'axe on the plan with its rhythm');
  await saved(page);

  // The family's PDF before the birth: the four questions, the money, the agreements, the next check.
  await step(page, t('step-export'));
  const pdf = pdfText(await download(page, page.getByRole('button', { name: t('export-family-pdf') }), 'new-parents-nl.pdf'));
  fs.writeFileSync(path.join(OUT, 'new-parents-nl.txt'), pdf);
  for (const want of [
    ...Object.values(QUESTIONS).map((q) => q.nl), t('money-heading'), t('money-short', { amount: 130 }),
    t('money-help-heading'), `${HELP.name} · ${HELP.what} · ${HELP.phone}`,
    ...AGREEMENTS.map(([, what]) => what), tDate('2027-04-11'), t('plan-rhythm-every', { months: 3 }),
    'Mira (zus van Lotte)', t('circle-offer-pregnancy'),
  ]) {
    assert.ok(pdf.includes(want), `the Dutch PDF lacks "${want}"`);
  }
  assert.deepEqual(page.errors, []);

  // Three months and a day later, on the same tablet.
  await page.clock.setSystemTime(new Date('2027-04-12T10:00:00'));
  await page.reload();
  await unlock(page);
  await page.getByRole('button', { name: new RegExp(`^${esc(FAMILY)}`) }).click();
  await step(page, t('step-plan'));
  await page.getByRole('status').filter({ hasText: t('check-next-overdue', { date: tDate('2027-04-11'), days: 1 }) }).waitFor();
  await page.getByLabel(t('review-date-label')).fill('2027-04-12');
  await page.getByRole('button', { name: t('review-start') }).click();
  await page.getByRole('heading', { name: t('review-of', { date: tDate('2027-04-12') }) }).waitFor();
  const item = ([name, what]) => page.getByRole('group', { name: `${name}: ${what}` });
  await item(AGREEMENTS[0]).getByRole('radio', { name: t('outcome-done'), exact: true }).check();
  await item(AGREEMENTS[1]).getByRole('radio', { name: t('outcome-partly') }).check();
  await item(AGREEMENTS[1]).getByLabel(t('review-why')).fill('De eerste afspraak viel uit');
  await item(AGREEMENTS[2]).getByRole('radio', { name: t('outcome-notDone') }).check();
  await item(AGREEMENTS[2]).getByLabel(t('review-next')).fill('Zaterdagavond in plaats van zondag');
  await page.getByRole('group', { name: t('review-support') }).getByRole('radio', { name: t('review-support-less') }).check();
  await saved(page);
  // The check done, the next one is three months on.
  await page.getByRole('status').filter({ hasText: t('check-next-upcoming', { date: tDate('2027-07-12') }) }).waitFor();
  assert.deepEqual(await axe(page), [], 'axe on the quarterly check');
  await page.screenshot({ path: path.join(OUT, 'check.png'), fullPage: true });

  // The family file: money, rhythm and the check's conclusion, valid against the case schema.
  await step(page, t('step-export'));
  const json = await download(page, page.getByRole('button', { name: t('export-json') }), 'new-parents.json');
  const file = JSON.parse(fs.readFileSync(json, 'utf8'));
  assert.equal(file.wayOfWorking, 'newParents');
  assert.equal(file.children[0].dueDate, '2027-03-20');
  assert.deepEqual(Object.fromEntries(file.money.lines.map((l) => [l.item, l.amount])), money);
  assert.equal(file.plan.reviews.length, 1);
  assert.equal(file.plan.reviews[0].support, 'less');
  assert.equal(file.plan.reviewDate, '2027-07-12');
  assert.deepEqual(file.plan.reviews[0].items.map((i) => i.outcome), ['done', 'partly', 'notDone']);
  const np = file.assessments.find((a) => a.instrumentId === 'new-parents');
  assert.equal(np.answers.length, 8, 'both partners\' four answers');
  const check = spawnSync('cargo', ['run', '--quiet', '--example', 'validate', '--', json], { cwd: REPO, encoding: 'utf8' });
  assert.equal(check.status, 0, `the family file fails the case schema:\n${check.stdout}${check.stderr}`);

  // In Arabic: the PDF has the questions in Arabic and the family's own agreements.
  await page.getByLabel(t('language-label')).selectOption('ar');
  await page.locator('html[dir="rtl"][lang="ar"]').waitFor();
  await step(page, t('step-export', {}, 'ar'), 'ar');
  const arFile = await download(page, page.getByRole('button', { name: t('export-family-pdf', {}, 'ar') }), 'new-parents-ar.pdf');
  const arPdf = pdfText(arFile).replace(/[\u202a-\u202e]/g, '');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', arFile, path.join(OUT, 'ar-page')]);
  fs.writeFileSync(path.join(OUT, 'new-parents-ar.txt'), arPdf);
  // pdftotext puts a comma of a right-to-left line next to the word after it, where the page
  // shows it after the word before (ar-page-*.png): compare without commas.
  const bare = (s) => s.replace(/[،,]/g, ' ').replace(/\s+/g, ' ');
  for (const want of [
    ...Object.values(QUESTIONS).map((q) => q.ar), ...AGREEMENTS.map(([, what]) => what),
    t('money-heading', {}, 'ar'), t('money-help-heading', {}, 'ar'), HELP.name,
  ]) {
    assert.ok(bare(arPdf).includes(bare(want)), `the Arabic PDF lacks "${want}"`);
  }

  for (const p of [page, phone]) {
    assert.deepEqual(p.errors, []);
    assertOnlyOwnRequests(p, server.url);
  }
});
