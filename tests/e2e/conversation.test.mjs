// One conversation feeds one plan. A new family of two parents and a 12-year-old who answers her
// own triangle, from set-up to the family's PDF and file; then the demo family over two visits.
// What a person would see is checked: the matrix's needs and who raised them, the plan, the PDF's
// text (pdftotext) and the downloaded JSON.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startApp, assertOnlyOwnRequests, outputDir, openApp, axe, t, tDate, pdfText, saveDownload, step } from './harness.mjs';

let app;
let out;
before(async () => {
  app = await startApp();
  out = outputDir('conversation');
});
after(async () => { await app?.close(); });

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** How the app names someone's own triangle in the matrix and the plan: "Lies (eigen driehoek)". */
const ownWords = (name) => t('compare-own-words', { name });
/** A timeline entry's sentence without its count in brackets. */
const filled = (key, args = {}) => t(key, { ...args, count: 1 }).replace(/\s*\(.*$/, '');
/** A participant as the agreement's "who" list names them: "Anna (Ouder of verzorger)". */
const who = (name, role) => `${name} (${t(`role-${role}`)})`;

const download = (page, button, saveAs) => saveDownload(page, button, out, saveAs);

/** Opens a theme from the theme list and answers it for each person. */
async function answer(page, title, answers) {
  const count = t('answered-count', { done: /\d+/, total: /\d+/ }).source;
  await page.getByRole('navigation', { name: t('themes-label') }).getByRole('button', { name: new RegExp(`^${esc(title)}\\s*${count}`) }).click();
  const card = page.getByRole('region', { name: title, exact: true });
  await card.getByRole('heading', { name: title, exact: true }).waitFor();
  for (const [person, level] of Object.entries(answers)) {
    const r = card.getByRole('group', { name: person, exact: true }).getByRole('radio', { name: level, exact: true });
    await r.check();
    assert.equal(await r.isChecked(), true, `${person}: ${title}: ${level}`);
  }
  return card;
}

async function saved(page) {
  await page.getByRole('status').filter({ hasText: t('save-saved') }).waitFor();
}

const need = (page, title) => page.getByRole('region', { name: title, exact: true });

test("a whole visit with a 12-year-old's own triangle, from set-up to the family's PDF", async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl);
  await page.getByLabel(t('new-alias-label'), { exact: true }).fill('Familie Berk');
  await page.getByRole('button', { name: t('new-create'), exact: true }).click();

  // The family: a child of 12 who answers for herself, two parents, consent to share.
  await page.getByLabel(t('child-alias-label')).fill('Lies');
  await page.getByLabel(t('child-birth-label')).fill('2014-05-01');
  await page.getByRole('button', { name: t('child-add') }).click();
  for (const [name, role] of [['Anna', t('role-parent')], ['Bram', t('role-parent')], ['Lies', t('role-youngPerson')]]) {
    await page.getByLabel(t('participant-name-label'), { exact: true }).fill(name);
    await page.getByLabel(t('participant-role-label'), { exact: true }).selectOption({ label: role });
    if (role === t('role-youngPerson')) await page.getByLabel(t('participant-child-label')).selectOption({ label: 'Lies' });
    await page.getByRole('button', { name: t('participant-add') }).click();
  }
  // The young participant shows which child she is.
  await page.getByRole('listitem').filter({ hasText: t('role-youngPerson') }).getByText(t('participant-is-child', { child: 'Lies' })).waitFor();
  // Without the family's consent to share there is no file for the organisation, and the screen says why.
  await step(page, t('step-export'));
  await page.getByText(t('export-json-no-consent')).waitFor();
  assert.equal(await page.getByRole('button', { name: t('export-json') }).count(), 0);
  await step(page, t('step-case'));
  await page.getByLabel(t('consent-shareWithOrganisation')).check();

  await step(page, t('step-triangle'));
  // She answers her own triangle, so the family's asks only the parents.
  const tabs = page.getByRole('group', { name: t('whose-label') });
  await tabs.getByRole('button', { name: t('whose-family') }).waitFor();
  const firstTheme = page.getByRole('navigation', { name: t('themes-label') }).getByRole('button').first();
  assert.match(await firstTheme.innerText(), t('answered-count', { done: /0/, total: /2/ }));
  assert.equal(await page.getByRole('group', { name: 'Lies', exact: true }).count(), 0, 'Lies is asked in the family triangle');

  // Comparing before anyone answered says so, not that everyone sees it the same.
  await page.getByRole('button', { name: t('view-compare'), exact: true }).click();
  await page.getByRole('status').filter({ hasText: t('compare-nothing-yet') }).waitFor();
  // Opening her own triangle from the comparison opens her questions.
  await tabs.getByRole('button', { name: t('whose-own', { name: 'Lies' }) }).click();
  await page.getByRole('group', { name: 'Lies', exact: true }).first().waitFor();
  assert.equal(await page.getByRole('table', { name: t('compare-heading') }).count(), 0);

  // Lies: school is hard, free time very hard (a theme of hers that meets none of the family's),
  // her parents a strength; one note only for the conversation.
  await answer(page, 'School', { Lies: 'Soms lastig' });
  const free = await answer(page, 'Vrije tijd en online', { Lies: 'Heel lastig' });
  const secret = 'Ik durf niet te zeggen dat ik gepest word op de app';
  await free.getByRole('group', { name: 'Lies', exact: true }).getByLabel(t('note-worries')).fill(secret);
  await free.getByRole('group', { name: 'Lies', exact: true }).getByRole('checkbox', { name: t('answer-private') }).check();
  await answer(page, 'Mijn ouders en ik', { Lies: 'Gaat heel goed' });

  // The parents.
  await tabs.getByRole('button', { name: t('whose-family') }).click();
  await answer(page, 'Gezondheid', { Anna: 'Kracht', Bram: 'Gaat goed' });
  await answer(page, 'Veiligheid', { Anna: 'Een beetje zorgen', Bram: 'Een beetje zorgen' });
  await answer(page, 'Werk en geld', { Anna: 'Grote zorgen', Bram: 'Gaat goed' });
  await saved(page);

  // The matrix: every voice, each need saying whose voice raised it.
  await step(page, t('step-matrix'));
  for (const title of ['Veiligheid', 'Werk en geld', 'Leren, spelen en school', 'Vrije tijd en online']) await need(page, title).waitFor();
  await need(page, 'Leren, spelen en school').getByText(t('raised-own', { name: ownWords('Lies'), theme: 'School', level: 'Soms lastig' })).waitFor();
  await need(page, 'Vrije tijd en online').getByText(t('raised-own', { name: ownWords('Lies'), theme: 'Vrije tijd en online', level: 'Heel lastig' })).waitFor();
  await need(page, 'Veiligheid').getByText(t('raised-one', { name: 'Anna', level: 'Een beetje zorgen' })).waitFor();
  await need(page, 'Veiligheid').getByText(t('raised-one', { name: 'Bram', level: 'Een beetje zorgen' })).waitFor();
  assert.equal(await page.getByText(t('matrix-none')).count(), 0);
  // One "agree" per proposal, and "agree on all".
  await need(page, 'Werk en geld').getByRole('button', { name: t('need-agree-label', { theme: 'Werk en geld' }) }).click();
  await need(page, 'Werk en geld').getByText(t('need-agreed')).waitFor();
  await page.getByRole('button', { name: t('need-agree-all') }).click();
  for (const title of ['Veiligheid', 'Leren, spelen en school', 'Vrije tijd en online']) await need(page, title).getByText(t('need-agreed')).waitFor();
  assert.equal(await page.getByRole('button', { name: t('need-agree-label', { theme: /.*/ }) }).count(), 0);
  assert.deepEqual(await axe(page), [], 'axe on the matrix of every voice');
  await page.screenshot({ path: path.join(out, 'matrix-every-voice.png'), fullPage: true });

  // The plan: strengths and worries of every voice, a goal for her need, three agreements.
  await step(page, t('step-plan'));
  const strengths = page.getByRole('region', { name: t('plan-strengths') });
  await strengths.getByText(t('voices-line', { theme: 'Gezondheid', names: 'Anna' })).waitFor();
  await strengths.getByText(t('voices-line', { theme: 'Mijn ouders en ik', names: ownWords('Lies') })).waitFor();
  await page.getByRole('region', { name: t('plan-needs') })
    .getByText(new RegExp(`Vrije tijd en online: .*${esc(t('need-raised-by', { names: ownWords('Lies') }))}`)).waitFor();
  const goal = 'Lies gaat met een vriendin naar de hockeyclub';
  await page.getByLabel(t('goal-text-label')).fill(goal);
  await page.getByLabel(t('goal-need-label')).selectOption({ label: 'Vrije tijd en online' });
  await page.getByRole('button', { name: t('goal-add') }).click();
  await page.getByRole('region', { name: t('plan-goals') }).getByText(t('goal-for-need', { need: 'Vrije tijd en online' })).waitFor();
  const agreements = [
    [who('Anna', 'parent'), 'Anna belt de hockeyclub voor een proefles'],
    [who('Bram', 'parent'), 'Bram zoekt uit welke toeslag we kunnen krijgen'],
    [who('Lies', 'youngPerson'), 'Lies vraagt Fleur mee naar de proefles'],
  ];
  for (const [who, what] of agreements) {
    await page.getByLabel(t('agreement-who-label'), { exact: true }).selectOption({ label: who });
    await page.getByLabel(t('agreement-what-label'), { exact: true }).fill(what);
    await page.getByRole('button', { name: t('agreement-add') }).click();
    await page.getByRole('listitem').filter({ hasText: what }).first().waitFor();
  }
  await saved(page);

  // The family's PDF and the family file.
  await step(page, t('step-export'));
  const pdf = await download(page, page.getByRole('button', { name: t('export-family-pdf') }), 'berk-family.pdf');
  const text = pdfText(pdf);
  fs.writeFileSync(path.join(out, 'berk-family.txt'), text);
  for (const want of [
    t('whose-family'), t('whose-own', { name: 'Lies' }),
    // A need's line starts "<theme>: een ..." (its severity, in words).
    'Veiligheid: een', 'Werk en geld: een', t('need-raised-by', { names: 'Anna, Bram' }),
    'Leren, spelen en school: een', 'Vrije tijd en online: een', t('need-raised-by', { names: ownWords('Lies') }),
    `Lies · ${t('role-youngPerson')} · ${t('participant-is-child', { child: 'Lies' })}`, goal, ...agreements.map(([, what]) => what),
  ]) {
    assert.ok(text.includes(want), `the family PDF lacks "${want}"`);
  }
  assert.ok(!text.includes(secret), 'a note only for the conversation is in the PDF');
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '2', '-l', '2', pdf, path.join(out, 'berk-page')]);

  const json = await download(page, page.getByRole('button', { name: t('export-json') }), 'berk.json');
  const file = JSON.parse(fs.readFileSync(json, 'utf8'));
  const own = file.assessments.find((a) => a.instrumentId === 'youth');
  const family = file.assessments.find((a) => a.instrumentId === 'triangle');
  assert.ok(own && family, 'both triangles of the visit are in the file');
  assert.equal(own.visitId, family.visitId);
  assert.deepEqual(own.answers.map((a) => a.themeId).sort(), ['parents-bond', 'school']);
  assert.ok(!fs.readFileSync(json, 'utf8').includes(secret), 'a note only for the conversation is in the file');
  assert.equal(file.needs.length, 4);
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});

test('two visits: the second works from its own answers, the first stays as it was', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl, '?demo');
  await page.getByRole('button', { name: /^Familie Zon/ }).click();

  // Visit 1: the parents' need and Noor's, side by side.
  await step(page, t('step-matrix'));
  await need(page, 'Regels en grenzen').getByText(t('raised-one', { name: 'Sanne', level: 'Een beetje zorgen' })).waitFor();
  await need(page, 'Leren, spelen en school').getByText(t('raised-own', { name: ownWords('Noor'), theme: 'School', level: 'Soms lastig' })).waitFor();
  await need(page, 'Vrije tijd en online').waitFor();
  await page.getByRole('button', { name: t('need-agree-all') }).click();
  await need(page, 'Regels en grenzen').getByText(t('need-agreed')).waitFor();

  await step(page, t('step-plan'));
  await page.getByLabel(t('agreement-who-label'), { exact: true }).selectOption({ label: who('Sanne', 'parent') });
  await page.getByLabel(t('agreement-what-label'), { exact: true }).fill('Telefoon om acht uur in de la');
  await page.getByRole('button', { name: t('agreement-add') }).click();
  await page.getByRole('listitem').filter({ hasText: 'Telefoon om acht uur in de la' }).first().waitFor();
  // Visit 2: a review three months later.
  await page.getByLabel(t('review-date-label')).fill('2027-02-16');
  await page.getByRole('button', { name: t('review-start') }).click();
  await page.getByRole('heading', { name: t('review-of', { date: tDate('2027-02-16') }) }).waitFor();
  await saved(page);

  // Nobody answered at visit 2 yet: the matrix keeps showing visit 1's needs and says so.
  await step(page, t('step-matrix'));
  await page.getByText(t('matrix-earlier', { date: tDate('2026-11-16') })).waitFor();
  await need(page, 'Regels en grenzen').waitFor();
  // Opening the triangle stores nothing, and what was kept for later comes back.
  await step(page, t('step-triangle'));
  const back = page.getByRole('region', { name: t('later-back-heading') });
  await back.getByRole('button', { name: 'Grote gebeurtenissen' }).waitFor();
  await step(page, t('step-matrix'));
  await page.getByText(t('matrix-earlier', { date: tDate('2026-11-16') })).waitFor();
  assert.equal(await page.getByText(t('matrix-none')).count(), 0);

  // Visit 2's answers.
  await step(page, t('step-triangle'));
  await back.getByRole('button', { name: 'Grote gebeurtenissen' }).click();
  await answer(page, 'Grote gebeurtenissen', { Sanne: 'Gaat goed', Youssef: 'Gaat goed' });
  await answer(page, 'Regels en grenzen', { Sanne: 'Gaat goed', Youssef: 'Kracht' });
  await answer(page, 'Werk en geld', { Sanne: 'Een beetje zorgen' });
  await page.getByRole('group', { name: t('whose-label') }).getByRole('button', { name: t('whose-own', { name: 'Noor' }) }).click();
  await answer(page, 'School', { Noor: 'Gaat goed' });
  await saved(page);

  await step(page, t('step-matrix'));
  await need(page, 'Werk en geld').getByText(t('raised-one', { name: 'Sanne', level: 'Een beetje zorgen' })).waitFor();
  assert.equal(await need(page, 'Regels en grenzen').count(), 0, "visit 1's need is not visit 2's");
  assert.equal(await need(page, 'Leren, spelen en school').count(), 0);
  assert.equal(await page.getByText(t('matrix-earlier', { date: /.*/ })).count(), 0);
  // Visit 1, looked back at, is as it was.
  await page.getByLabel(t('matrix-visit-label')).selectOption({ label: t('matrix-visit-option', { date: tDate('2026-11-16') }) });
  await page.getByText(t('matrix-looking-back', { date: tDate('2026-11-16') })).waitFor();
  await need(page, 'Regels en grenzen').getByText(t('need-agreed')).waitFor();
  await need(page, 'Leren, spelen en school').getByText(t('need-agreed')).waitFor();
  assert.equal(await need(page, 'Regels en grenzen').getByRole('radio', { name: t('severity-light') }).isDisabled(), true);

  // The timeline says whose triangle each entry is.
  await step(page, t('step-plan'));
  const timeline = page.getByRole('region', { name: t('timeline-heading') }).getByRole('listitem');
  const lines = await timeline.allInnerTexts();
  const [nov, feb] = [tDate('2026-11-16'), tDate('2027-02-16')];
  assert.deepEqual(lines.map((l) => l.replace(/\s+/g, ' ').replace(/\(.*$/, '').trim()), [
    `${nov} ${filled('timeline-assessment')}`,
    `${nov} ${filled('timeline-own', { name: 'Noor' })}`,
    `${feb} ${filled('timeline-assessment')}`,
    `${feb} ${filled('timeline-own', { name: 'Noor' })}`,
    `${feb} ${t('timeline-review', { done: 0, partly: 0, notdone: 0, open: 1 })}`,
  ].map((l) => l.replace(/\(.*$/, '').trim()));
  assert.ok(lines[2].includes(t('timeline-changes', { better: 1, heavier: 0 })), lines[2]);

  await step(page, t('step-export'));
  const pdf = await download(page, page.getByRole('button', { name: t('export-family-pdf') }), 'zon-two-visits.pdf');
  const text = pdfText(pdf);
  fs.writeFileSync(path.join(out, 'zon-two-visits.txt'), text);
  for (const want of ['Werk en geld: een', t('need-raised-by', { names: 'Sanne' }), t('whose-own', { name: 'Noor' }), 'Telefoon om acht uur in de la',
    `${feb}: ${filled('timeline-assessment')}`, `${nov}: ${filled('timeline-own', { name: 'Noor' })}`]) {
    assert.ok(text.includes(want), `the PDF of visit 2 lacks "${want}"`);
  }
  assert.ok(!text.includes(`Regels en grenzen: ${t('severity-said-light')}`), "visit 1's proposal in visit 2's plan");
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});
