// One conversation feeds one plan. A new family of two parents and a 12-year-old who answers her
// own triangle, from set-up to the family's PDF and file; then the demo family over two visits.
// What a person would see is checked: the matrix's needs and who raised them, the plan, the PDF's
// text (pdftotext) and the downloaded JSON.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startApp, assertOnlyOwnRequests, outputDir, openApp, axe } from './harness.mjs';

let app;
let out;
before(async () => {
  app = await startApp();
  out = outputDir('conversation');
});
after(async () => { await app?.close(); });

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function pdfText(file) {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

async function download(page, button, saveAs) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  const file = path.join(out, saveAs);
  await dl.saveAs(file);
  return file;
}

async function step(page, name) {
  await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name, exact: true }).click();
}

/** Opens a theme from the theme list and answers it for each person. */
async function answer(page, title, answers) {
  await page.getByRole('navigation', { name: "Thema's" }).getByRole('button', { name: new RegExp(`^${esc(title)}\\s*\\d+ van \\d+`) }).click();
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
  await page.getByRole('status').filter({ hasText: 'Bewaard op dit apparaat' }).waitFor();
}

const need = (page, title) => page.getByRole('region', { name: title, exact: true });

test("a whole visit with a 12-year-old's own triangle, from set-up to the family's PDF", async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl);
  await page.getByLabel('Naam voor dit gezin', { exact: true }).fill('Familie Berk');
  await page.getByRole('button', { name: 'Beginnen' }).click();

  // The family: a child of 12 who answers for herself, two parents, consent to share.
  await page.getByLabel('Naam of bijnaam van het kind').fill('Lies');
  await page.getByLabel('Geboortedatum').fill('2014-05-01');
  await page.getByRole('button', { name: 'Kind toevoegen' }).click();
  for (const [name, role] of [['Anna', 'Ouder of verzorger'], ['Bram', 'Ouder of verzorger'], ['Lies', 'Jongere']]) {
    await page.getByLabel('Naam', { exact: true }).fill(name);
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: role });
    if (role === 'Jongere') await page.getByLabel('Welk kind is dit?').selectOption({ label: 'Lies' });
    await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
  }
  // The young participant shows which child she is.
  await page.getByRole('listitem').filter({ hasText: 'Jongere' }).getByText('kind: Lies').waitFor();
  // Without the family's consent to share there is no file for the organisation, and the screen says why.
  await step(page, 'Delen');
  await page.getByText(/^Het gezin heeft nog niet ingestemd met delen met de organisatie\./).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Gezinsbestand (JSON)' }).count(), 0);
  await step(page, 'Gezin');
  await page.getByLabel('Het gezin vindt het goed dat het plan met de organisatie wordt gedeeld.').check();

  await step(page, 'Driehoek');
  // She answers her own triangle, so the family's asks only the parents.
  const tabs = page.getByRole('group', { name: 'Wiens driehoek' });
  await tabs.getByRole('button', { name: 'De driehoek van het gezin' }).waitFor();
  const firstTheme = page.getByRole('navigation', { name: "Thema's" }).getByRole('button').first();
  assert.match(await firstTheme.innerText(), /0 van 2/);
  assert.equal(await page.getByRole('group', { name: 'Lies', exact: true }).count(), 0, 'Lies is asked in the family triangle');

  // Comparing before anyone answered says so, not that everyone sees it the same.
  await page.getByRole('button', { name: 'Vergelijken', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Er is nog niets ingevuld.' }).waitFor();
  // Opening her own triangle from the comparison opens her questions.
  await tabs.getByRole('button', { name: 'Eigen driehoek van Lies' }).click();
  await page.getByRole('group', { name: 'Lies', exact: true }).first().waitFor();
  assert.equal(await page.getByRole('table', { name: 'Ieders kijk naast elkaar' }).count(), 0);

  // Lies: school is hard, free time very hard (a theme of hers that meets none of the family's),
  // her parents a strength; one note only for the conversation.
  await answer(page, 'School', { Lies: 'Soms lastig' });
  const free = await answer(page, 'Vrije tijd en online', { Lies: 'Heel lastig' });
  const secret = 'Ik durf niet te zeggen dat ik gepest word op de app';
  await free.getByRole('group', { name: 'Lies', exact: true }).getByLabel('Waar maak je je zorgen over?').fill(secret);
  await free.getByRole('group', { name: 'Lies', exact: true }).getByRole('checkbox', { name: 'Alleen voor ons gesprek, niet in de pdf' }).check();
  await answer(page, 'Mijn ouders en ik', { Lies: 'Gaat heel goed' });

  // The parents.
  await tabs.getByRole('button', { name: 'De driehoek van het gezin' }).click();
  await answer(page, 'Gezondheid', { Anna: 'Kracht', Bram: 'Gaat goed' });
  await answer(page, 'Veiligheid', { Anna: 'Een beetje zorgen', Bram: 'Een beetje zorgen' });
  await answer(page, 'Werk en geld', { Anna: 'Grote zorgen', Bram: 'Gaat goed' });
  await saved(page);

  // The matrix: every voice, each need saying whose voice raised it.
  await step(page, 'Matrix');
  for (const t of ['Veiligheid', 'Werk en geld', 'Leren, spelen en school', 'Vrije tijd en online']) await need(page, t).waitFor();
  await need(page, 'Leren, spelen en school').getByText('Lies (eigen driehoek), School: Soms lastig').waitFor();
  await need(page, 'Vrije tijd en online').getByText('Lies (eigen driehoek), Vrije tijd en online: Heel lastig').waitFor();
  await need(page, 'Veiligheid').getByText('Anna: Een beetje zorgen').waitFor();
  await need(page, 'Veiligheid').getByText('Bram: Een beetje zorgen').waitFor();
  assert.equal(await page.getByText('Er kwamen geen zorgen naar boven').count(), 0);
  // One "agree" per proposal, and "agree on all".
  await need(page, 'Werk en geld').getByRole('button', { name: 'Eens over Werk en geld' }).click();
  await need(page, 'Werk en geld').getByText('Afgesproken').waitFor();
  await page.getByRole('button', { name: 'Eens over alle voorstellen' }).click();
  for (const t of ['Veiligheid', 'Leren, spelen en school', 'Vrije tijd en online']) await need(page, t).getByText('Afgesproken').waitFor();
  assert.equal(await page.getByRole('button', { name: /^Eens over/ }).count(), 0);
  assert.deepEqual(await axe(page), [], 'axe on the matrix of every voice');
  await page.screenshot({ path: path.join(out, 'matrix-every-voice.png'), fullPage: true });

  // The plan: strengths and worries of every voice, a goal for her need, three agreements.
  await step(page, 'Plan');
  const strengths = page.getByRole('region', { name: 'Wat goed gaat' });
  await strengths.getByText('Gezondheid: Anna').waitFor();
  await strengths.getByText('Mijn ouders en ik: Lies (eigen driehoek)').waitFor();
  await page.getByRole('region', { name: 'Zorgen en wensen' }).getByText(/Vrije tijd en online: .*Genoemd door Lies \(eigen driehoek\)\./).waitFor();
  const goal = 'Lies gaat met een vriendin naar de hockeyclub';
  await page.getByLabel('Doel, in de woorden van het gezin').fill(goal);
  await page.getByLabel('Bij welke zorg hoort dit doel?').selectOption({ label: 'Vrije tijd en online' });
  await page.getByRole('button', { name: 'Doel toevoegen' }).click();
  await page.getByRole('region', { name: 'Doelen' }).getByText('bij: Vrije tijd en online').waitFor();
  const agreements = [
    ['Anna (Ouder of verzorger)', 'Anna belt de hockeyclub voor een proefles'],
    ['Bram (Ouder of verzorger)', 'Bram zoekt uit welke toeslag we kunnen krijgen'],
    ['Lies (Jongere)', 'Lies vraagt Fleur mee naar de proefles'],
  ];
  for (const [who, what] of agreements) {
    await page.getByLabel('Wie', { exact: true }).selectOption({ label: who });
    await page.getByLabel('Wat', { exact: true }).fill(what);
    await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await page.getByRole('listitem').filter({ hasText: what }).first().waitFor();
  }
  await saved(page);

  // The family's PDF and the family file.
  await step(page, 'Delen');
  const pdf = await download(page, page.getByRole('button', { name: 'Plan voor het gezin (PDF)' }), 'berk-family.pdf');
  const text = pdfText(pdf);
  fs.writeFileSync(path.join(out, 'berk-family.txt'), text);
  for (const want of [
    'De driehoek van het gezin', 'Eigen driehoek van Lies',
    'Veiligheid: een', 'Werk en geld: een', 'Genoemd door Anna, Bram.',
    'Leren, spelen en school: een', 'Vrije tijd en online: een', 'Genoemd door Lies (eigen driehoek).',
    'Lies · Jongere · kind: Lies', goal, ...agreements.map(([, what]) => what),
  ]) {
    assert.ok(text.includes(want), `the family PDF lacks "${want}"`);
  }
  assert.ok(!text.includes(secret), 'a note only for the conversation is in the PDF');
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '2', '-l', '2', pdf, path.join(out, 'berk-page')]);

  const json = await download(page, page.getByRole('button', { name: 'Gezinsbestand (JSON)' }), 'berk.json');
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
  await step(page, 'Matrix');
  await need(page, 'Regels en grenzen').getByText('Sanne: Een beetje zorgen').waitFor();
  await need(page, 'Leren, spelen en school').getByText('Noor (eigen driehoek), School: Soms lastig').waitFor();
  await need(page, 'Vrije tijd en online').waitFor();
  await page.getByRole('button', { name: 'Eens over alle voorstellen' }).click();
  await need(page, 'Regels en grenzen').getByText('Afgesproken').waitFor();

  await step(page, 'Plan');
  await page.getByLabel('Wie', { exact: true }).selectOption({ label: 'Sanne (Ouder of verzorger)' });
  await page.getByLabel('Wat', { exact: true }).fill('Telefoon om acht uur in de la');
  await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  await page.getByRole('listitem').filter({ hasText: 'Telefoon om acht uur in de la' }).first().waitFor();
  // Visit 2: a review three months later.
  await page.getByLabel('Datum van de evaluatie').fill('2027-02-16');
  await page.getByRole('button', { name: 'Evaluatie beginnen' }).click();
  await page.getByRole('heading', { name: 'Evaluatie van 16 februari 2027' }).waitFor();
  await saved(page);

  // Nobody answered at visit 2 yet: the matrix keeps showing visit 1's needs and says so.
  await step(page, 'Matrix');
  await page.getByText('Bij dit bezoek is nog niets ingevuld. Dit zijn de behoeften van het bezoek van 16 november 2026.').waitFor();
  await need(page, 'Regels en grenzen').waitFor();
  // Opening the triangle stores nothing, and what was kept for later comes back.
  await step(page, 'Driehoek');
  const back = page.getByRole('region', { name: 'Vorige keer bewaard voor later' });
  await back.getByRole('button', { name: 'Grote gebeurtenissen' }).waitFor();
  await step(page, 'Matrix');
  await page.getByText(/Dit zijn de behoeften van het bezoek van 16 november 2026/).waitFor();
  assert.equal(await page.getByText('Er kwamen geen zorgen naar boven').count(), 0);

  // Visit 2's answers.
  await step(page, 'Driehoek');
  await back.getByRole('button', { name: 'Grote gebeurtenissen' }).click();
  await answer(page, 'Grote gebeurtenissen', { Sanne: 'Gaat goed', Youssef: 'Gaat goed' });
  await answer(page, 'Regels en grenzen', { Sanne: 'Gaat goed', Youssef: 'Kracht' });
  await answer(page, 'Werk en geld', { Sanne: 'Een beetje zorgen' });
  await page.getByRole('group', { name: 'Wiens driehoek' }).getByRole('button', { name: 'Eigen driehoek van Noor' }).click();
  await answer(page, 'School', { Noor: 'Gaat goed' });
  await saved(page);

  await step(page, 'Matrix');
  await need(page, 'Werk en geld').getByText('Sanne: Een beetje zorgen').waitFor();
  assert.equal(await need(page, 'Regels en grenzen').count(), 0, "visit 1's need is not visit 2's");
  assert.equal(await need(page, 'Leren, spelen en school').count(), 0);
  assert.equal(await page.getByText(/Dit zijn de behoeften van het bezoek van/).count(), 0);
  // Visit 1, looked back at, is as it was.
  await page.getByLabel('Welk bezoek').selectOption({ label: 'Bezoek van 16 november 2026' });
  await page.getByText('Je kijkt terug naar het bezoek van 16 november 2026. Dat blijft zoals het was.').waitFor();
  await need(page, 'Regels en grenzen').getByText('Afgesproken').waitFor();
  await need(page, 'Leren, spelen en school').getByText('Afgesproken').waitFor();
  assert.equal(await need(page, 'Regels en grenzen').getByRole('radio', { name: 'Licht' }).isDisabled(), true);

  // The timeline says whose triangle each entry is.
  await step(page, 'Plan');
  const timeline = page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem');
  const lines = await timeline.allInnerTexts();
  assert.deepEqual(lines.map((l) => l.replace(/\s+/g, ' ').replace(/\(.*$/, '').trim()), [
    '16 november 2026 Driehoek van het gezin ingevuld',
    '16 november 2026 Eigen driehoek van Noor ingevuld',
    '16 februari 2027 Driehoek van het gezin ingevuld',
    '16 februari 2027 Eigen driehoek van Noor ingevuld',
    '16 februari 2027 Evaluatie: 0 gelukt, 0 een beetje, 0 niet gelukt, 1 nog niet besproken.',
  ].map((l) => l.replace(/\(.*$/, '').trim()));
  assert.match(lines[2], /Sinds de vorige keer: 1 beter, 0 meer zorgen\./);

  await step(page, 'Delen');
  const pdf = await download(page, page.getByRole('button', { name: 'Plan voor het gezin (PDF)' }), 'zon-two-visits.pdf');
  const text = pdfText(pdf);
  fs.writeFileSync(path.join(out, 'zon-two-visits.txt'), text);
  for (const want of ['Werk en geld: een', 'Genoemd door Sanne.', 'Eigen driehoek van Noor', 'Telefoon om acht uur in de la',
    '16 februari 2027: Driehoek van het gezin ingevuld', '16 november 2026: Eigen driehoek van Noor ingevuld']) {
    assert.ok(text.includes(want), `the PDF of visit 2 lacks "${want}"`);
  }
  assert.ok(!text.includes('Regels en grenzen: een lichte zorg'), "visit 1's proposal in visit 2's plan");
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});
