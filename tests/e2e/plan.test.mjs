// From the triangle to the family's plan: agree on a need in the matrix, write a goal and
// agreements for the family, the network and a professional, confirm, review three months later.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, assertOnlyOwnRequests, openApp, unlock } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const GOAL = 'Rustig naar bed, zonder ruzie';
const AGREEMENTS = [
  { who: 'Sanne (Ouder of verzorger)', what: 'Elke avond om half acht samen lezen', when: 'elke avond', carrier: 'Wat het gezin doet' },
  { who: 'Oma Jet (Iemand uit het netwerk)', what: 'Past op woensdagmiddag op Sem', when: 'elke woensdag', carrier: 'Wat het netwerk doet' },
  { who: 'Inge de Vries (Professional)', what: 'Belt na twee weken hoe het gaat', when: 'over twee weken', carrier: 'Wat professionals doen' },
];

async function step(page, name) {
  await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name, exact: true }).click();
}

test('matrix, goal, three agreements, two confirmations and a review three months later, all kept', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl, '?demo');
  await page.getByRole('button', { name: /^Familie Zon/ }).click();

  // The matrix proposes; the family and the nurse decide.
  await step(page, 'Matrix');
  const need = page.getByRole('region', { name: 'Regels en grenzen' });
  await need.getByText('Voorstel uit de antwoorden.').waitFor();
  assert.equal(await need.getByRole('group', { name: 'Hoe zwaar' }).getByRole('radio', { name: 'Licht' }).isChecked(), true);
  await need.getByRole('group', { name: 'Hoe zwaar' }).getByRole('radio', { name: 'Middel' }).check();
  await need.getByLabel('Welke steun past').selectOption({ label: 'Eigen kracht van het gezin' });
  await need.getByText('Regels en grenzen: een middelgrote zorg').waitFor();
  await need.getByText('Het gezin pakt dit zelf op.').waitFor();
  const overview = page.getByRole('table', { name: 'Overzicht' });
  await overview.getByRole('row', { name: /Regels en grenzen.*Middel.*Eigen kracht van het gezin/ }).waitFor();

  // The plan, in the family's words.
  await step(page, 'Plan');
  await page.getByLabel('Doel, in de woorden van het gezin').fill(GOAL);
  await page.getByLabel('Bij welke zorg hoort dit doel?').selectOption({ label: 'Regels en grenzen' });
  await page.getByRole('button', { name: 'Doel toevoegen' }).click();
  await page.getByRole('region', { name: 'Doelen' }).getByText(GOAL).waitFor();
  // Added in the "wrong" order: the plan puts the family first, then the network, then professionals.
  for (const a of [AGREEMENTS[2], AGREEMENTS[1], AGREEMENTS[0]]) {
    await page.getByLabel('Wie', { exact: true }).selectOption({ label: a.who });
    await page.getByLabel('Wat', { exact: true }).fill(a.what);
    await page.getByLabel('Wanneer of hoe vaak').fill(a.when);
    await page.getByLabel('Voor welk doel').selectOption({ label: GOAL });
    await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await page.getByRole('region', { name: a.carrier }).getByText(a.what).waitFor();
  }
  const agreementsText = await page.getByRole('region', { name: 'Afspraken: wie doet wat, wanneer' }).innerText();
  const order = AGREEMENTS.map((a) => agreementsText.indexOf(a.what));
  assert.ok(order.every((p) => p >= 0) && order[0] < order[1] && order[1] < order[2], `family, network, professionals: ${order}`);

  await page.getByRole('button', { name: 'Sanne is akkoord' }).click();
  await page.getByRole('button', { name: 'Youssef is akkoord' }).click();
  const confirm = page.getByRole('region', { name: 'Akkoord' });
  await confirm.getByRole('listitem').filter({ hasText: 'Sanne' }).getByText(/akkoord op/).waitFor();
  await confirm.getByRole('listitem').filter({ hasText: 'Youssef' }).getByText(/akkoord op/).waitFor();

  // Three months later: the review.
  await page.getByLabel('Datum van de evaluatie').fill('2027-02-16');
  await page.getByRole('button', { name: 'Evaluatie beginnen' }).click();
  await page.getByRole('heading', { name: 'Evaluatie van 16 februari 2027' }).waitFor();
  const item = (a) => page.getByRole('group', { name: `${a.who.split(' (')[0]}: ${a.what}` });
  await item(AGREEMENTS[0]).getByRole('radio', { name: 'Gelukt', exact: true }).check();
  await item(AGREEMENTS[1]).getByRole('radio', { name: 'Een beetje' }).check();
  await item(AGREEMENTS[1]).getByLabel('Waarom?').fill('Twee keer ziek geweest');
  await page.getByRole('checkbox', { name: `Bereikt: ${GOAL}` }).check();
  await page.getByRole('status').filter({ hasText: 'Bewaard op dit apparaat' }).waitFor();

  // Reload: everything kept, and the timeline shows both visits.
  await page.reload();
  await unlock(page);
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await step(page, 'Matrix');
  assert.equal(await page.getByRole('region', { name: 'Regels en grenzen' }).getByRole('radio', { name: 'Middel' }).isChecked(), true);
  await step(page, 'Plan');
  await page.getByRole('region', { name: 'Doelen' }).getByText(/bereikt op 16 februari 2027/).waitFor();
  for (const a of AGREEMENTS) await page.getByRole('region', { name: a.carrier }).getByText(a.what).waitFor();
  assert.equal(await item(AGREEMENTS[0]).getByRole('radio', { name: 'Gelukt', exact: true }).isChecked(), true);
  assert.equal(await item(AGREEMENTS[1]).getByLabel('Waarom?').inputValue(), 'Twee keer ziek geweest');
  const timeline = page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem');
  // The family's triangle and Noor's own at the first visit, then the review.
  assert.equal(await timeline.count(), 3);
  assert.match(await timeline.nth(0).innerText(), /16 november 2026.*Driehoek van het gezin ingevuld/s);
  assert.match(await timeline.nth(1).innerText(), /16 november 2026.*Eigen driehoek van Noor ingevuld/s);
  assert.match(await timeline.nth(2).innerText(), /16 februari 2027.*Evaluatie: 1 gelukt, 1 een beetje, 0 niet gelukt, 1 nog niet besproken/s);

  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});

test('a family without worries gets a kind "no extra support needed"', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl);
  await page.getByLabel('Naam voor dit gezin', { exact: true }).fill('Familie Licht');
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await page.getByLabel('Naam', { exact: true }).fill('Mo');
  await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
  await step(page, 'Driehoek');
  await page.getByRole('group', { name: 'Mo' }).getByRole('radio', { name: 'Gaat goed' }).check();
  await step(page, 'Matrix');
  await page.getByText('Er kwamen geen zorgen naar boven. Geen extra steun nodig: dat is een mooie uitkomst.').waitFor();
  await step(page, 'Plan');
  await page.getByText('Alles gaat goed genoeg. Er is geen extra steun nodig. Goed is goed genoeg.').waitFor();
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});
