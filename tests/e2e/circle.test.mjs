// The network circle as a nurse and a family use it: widening the circle question by question,
// moving people by mouse drag and by the arrow keys, inviting people and appointing a mediator,
// everything kept across a reload, and screenshots with 8 and with 25 people. Elements are found
// by role and accessible name, as a screen reader would find them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startApp, assertOnlyOwnRequests, outputDir, openApp, unlock } from './harness.mjs';
import { figure, token, whoElse, list, waitSaved, toQuestion, quickAdd, EIGHT, addEight } from './circle-ui.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

async function label(locator) {
  return locator.getAttribute('aria-label');
}

/** Opens the demo family; returns its steps. */
async function openFamily(page) {
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await page.getByRole('heading', { name: 'Familie Zon', level: 2 }).waitFor();
  return page.getByRole('navigation', { name: /./ });
}

async function toCircle(page, steps) {
  await steps.getByRole('button', { name: 'Netwerk', exact: true }).click();
  await page.getByRole('heading', { name: 'Het netwerk van Familie Zon' }).waitFor();
}

async function openCircle(page) {
  await toCircle(page, await openFamily(page));
}

/** Token centres and the hit circles' radius, in page pixels. */
async function tokenGeometry(page) {
  return figure(page).evaluate((svg) => [...svg.querySelectorAll('[role=button] .hit')].map((c) => {
    const r = c.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2, r: r.width / 2, name: c.parentElement.getAttribute('aria-label') };
  }));
}

function assertNoOverlap(tokens) {
  for (let i = 0; i < tokens.length; i++) {
    for (const b of tokens.slice(i + 1)) {
      const a = tokens[i];
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      assert.ok(d >= a.r + b.r - 1, `${a.name} and ${b.name} overlap (${d.toFixed(1)} px apart)`);
    }
  }
}

test('eight people across four sectors, moved by mouse and keys, invited, a mediator: all kept after a reload', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl, '?demo');
  await openCircle(page);

  // The demo family's circle is there; take everyone out to start from an empty circle.
  for (const name of ['Opa Kees', 'Ans', 'Tante Mira', 'Mirjam']) {
    await token(page, name).waitFor();
    await list(page).getByRole('button', { name: `Weghalen: ${name}` }).click();
    await page.getByRole('status').filter({ hasText: `${name} is uit de cirkel gehaald.` }).waitFor();
  }
  await list(page).getByText('Er staat nog niemand in de cirkel.').waitFor();
  assert.equal(await figure(page).getByRole('button').count(), 0);

  // Widening the circle question by question: family first, professionals last.
  await whoElse(page).getByText('Vraag 1 van 10').waitFor();
  await addEight(page);
  assert.equal(await figure(page).getByRole('button').count(), 8);
  assert.match(await label(token(page, 'Oma Ria')), /^Oma Ria, oma, dichtbij, Familie$/);
  assert.match(await label(token(page, 'Buurman Piet')), /, dichtbij, Vrienden en buren$/);
  assert.match(await label(token(page, 'Juf Anouk')), /, dichtbij, School, werk, sport, clubs, geloof$/);
  assert.match(await label(token(page, 'Mirjam')), /, dichtbij, Professionals \(formeel netwerk\)$/);
  await list(page).getByRole('rowheader', { name: /^Dokter Bos/ }).waitFor();

  // Mouse: drag Oma Ria into the inner ring (pointer down on the token, move, up), with the
  // circle on screen: the list below it may have scrolled it away.
  await figure(page).scrollIntoViewIfNeeded();
  const oma = await token(page, 'Oma Ria').boundingBox();
  const centre = await figure(page).locator('circle.centre').boundingBox(); // the family (decorative, no role)
  const inner = await figure(page).locator('circle.b0').boundingBox(); // the inner ring's outer edge
  const c = { x: centre.x + centre.width / 2, y: centre.y + centre.height / 2 };
  const from = { x: oma.x + oma.width / 2, y: oma.y + oma.height / 2 };
  const target = (centre.width / 2 + inner.width / 2) / 2; // halfway into the inner ring
  const len = Math.hypot(from.x - c.x, from.y - c.y);
  const to = { x: c.x + (from.x - c.x) / len * target, y: c.y + (from.y - c.y) / len * target };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  await page.getByRole('status').filter({ hasText: 'Oma Ria staat nu: heel dichtbij, Familie.' }).waitFor();
  assert.match(await label(token(page, 'Oma Ria')), /^Oma Ria, oma, heel dichtbij, Familie$/);
  // A drag does not also open the person.
  assert.equal(await page.getByRole('region', { name: 'Over Oma Ria' }).count(), 0);

  // Keys: Lotte one ring in, to another group and back; the new place is announced, focus stays.
  const lotte = token(page, 'Lotte');
  await lotte.focus();
  await page.keyboard.press('ArrowUp');
  await page.getByRole('status').filter({ hasText: 'Lotte staat nu: heel dichtbij, Vrienden en buren.' }).waitFor();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('status').filter({ hasText: 'Lotte staat nu: heel dichtbij, School, werk, sport, clubs, geloof.' }).waitFor();
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('status').filter({ hasText: 'Lotte staat nu: heel dichtbij, Vrienden en buren.' }).waitFor();
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /^Lotte, /);
  assert.match(await label(lotte), /, heel dichtbij, Vrienden en buren$/);
  // The list offers the same: a select per person.
  assert.equal(await list(page).getByLabel('Hoe dichtbij staat Lotte?').inputValue(), 'veryClose');

  // Five invited, from the list.
  const invited = ['Oma Ria', 'Oom Ben', 'Lotte', 'Buurman Piet', 'Mirjam'];
  for (const name of invited) await list(page).getByRole('checkbox', { name: `${name} is uitgenodigd` }).check();

  // Oom Ben is the family's mediator. A professional cannot be chosen as mediator.
  await list(page).getByRole('button', { name: 'Bewerken: Mirjam' }).click();
  const mirjam = page.getByRole('region', { name: 'Over Mirjam' });
  const mirjamRoles = await mirjam.getByLabel('Rol in het kringgesprek').locator('option').allTextContents();
  assert.deepEqual(mirjamRoles, ['Geen rol', 'Coördinator of coach', 'Informeert (beslist niet mee)']);
  await mirjam.getByLabel('Rol in het kringgesprek').selectOption({ label: 'Informeert (beslist niet mee)' });
  await mirjam.getByLabel('Wat ik niet kan doen').fill('Beslissen voor het gezin.');
  await mirjam.getByRole('button', { name: 'Klaar' }).click();
  // Focus goes back to where the details were opened from.
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Bewerken: Mirjam');
  await list(page).getByRole('button', { name: 'Bewerken: Oom Ben' }).click();
  const ben = page.getByRole('region', { name: 'Over Oom Ben' });
  await ben.getByLabel('Rol in het kringgesprek').selectOption({ label: 'Bemiddelaar (gekozen door het gezin)' });
  await ben.getByRole('checkbox', { name: 'Een luisterend oor' }).check();
  await ben.getByLabel('Hoe zeker?').selectOption({ label: 'Meestal' });
  await ben.getByRole('button', { name: 'Klaar' }).click();
  await token(page, 'Oom Ben').and(page.getByRole('button', { name: /Bemiddelaar/ })).waitFor();

  // The meeting: the family's question and whether the children join.
  const meeting = page.getByRole('region', { name: 'Het kringgesprek' });
  await meeting.getByLabel('Welke vraag stelt het gezin aan zijn netwerk?').fill('Wie kan Sem op woensdag halen?');
  await meeting.getByRole('radio', { name: 'Een deel' }).check();
  await meeting.getByRole('checkbox', { name: 'Oma Ria was erbij' }).check();
  await waitSaved(page);

  await figure(page).screenshot({ path: path.join(outputDir('circle'), 'circle-8.png') });
  assertNoOverlap(await tokenGeometry(page));

  // Reload: everything is still there.
  await page.reload();
  await unlock(page);
  await openCircle(page);
  assert.equal(await figure(page).getByRole('button').count(), 8);
  assert.match(await label(token(page, 'Oma Ria')), /^Oma Ria, oma, heel dichtbij, Familie, uitgenodigd$/);
  assert.match(await label(token(page, 'Lotte')), /^Lotte, vriendin van Sanne, heel dichtbij, Vrienden en buren, uitgenodigd$/);
  assert.match(await label(token(page, 'Oom Ben')), /, dichtbij, Familie, uitgenodigd, Bemiddelaar \(gekozen door het gezin\)$/);
  assert.match(await label(token(page, 'Mirjam')), /, uitgenodigd, Informeert \(beslist niet mee\)$/);
  for (const name of EIGHT.flatMap(([, people]) => people.map(([n]) => n))) {
    const box = list(page).getByRole('checkbox', { name: `${name} is uitgenodigd` });
    assert.equal(await box.isChecked(), invited.includes(name), name);
  }
  const m = page.getByRole('region', { name: 'Het kringgesprek' });
  assert.equal(await m.getByLabel('Welke vraag stelt het gezin aan zijn netwerk?').inputValue(), 'Wie kan Sem op woensdag halen?');
  assert.equal(await m.getByRole('radio', { name: 'Een deel' }).isChecked(), true);
  assert.equal(await m.getByRole('checkbox', { name: 'Oma Ria was erbij' }).isChecked(), true);
  await token(page, 'Oom Ben').click();
  const again = page.getByRole('region', { name: 'Over Oom Ben' });
  assert.equal(await again.getByRole('checkbox', { name: 'Een luisterend oor' }).isChecked(), true);
  assert.equal(await again.getByLabel('Hoe zeker?').inputValue(), 'medium');
  assert.equal(await again.getByLabel('Rol in het kringgesprek').inputValue(), 'mediator');
  // Opening by tap moves focus to the person's details.
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Over Oom Ben');

  // Seventeen more: the "who else could think along?" step, with a group and who suggested them.
  await toQuestion(page, 'Wie kan er nog meedenken?');
  const MORE = [
    ['Opa Henk', 'opa', 'Familie', 'heel dichtbij'],
    ['Tante Els', 'zus van Sanne', 'Familie', 'dichtbij'],
    ['Nicht Sara', 'nicht', 'Familie', 'dichtbij'],
    ['Neef Daan', 'neef', 'Familie', 'verder weg'],
    ['Oom Karim', 'broer van Youssef', 'Familie', 'verder weg'],
    ['Mel', 'vriendin', 'Vrienden en buren', 'dichtbij'],
    ['Yara', 'buurmeisje, past op', 'Vrienden en buren', 'dichtbij'],
    ['Buurvrouw Ans', 'buurvrouw', 'Vrienden en buren', 'verder weg'],
    ['Kees', 'vriend van Youssef', 'Vrienden en buren', 'verder weg'],
    ['Meester Tom', 'meester van Noor', 'School, werk, sport, clubs, geloof', 'verder weg'],
    ['Coach Lisa', 'zwemles', 'School, werk, sport, clubs, geloof', 'verder weg'],
    ['Collega Bram', 'werk Youssef', 'School, werk, sport, clubs, geloof', 'verder weg'],
    ['Imam Yusuf', 'moskee', 'School, werk, sport, clubs, geloof', 'verder weg'],
    ['Trainer Rob', 'judo', 'School, werk, sport, clubs, geloof', 'verder weg'],
    ['Fysio Eva', 'fysiotherapeut', 'Professionals (formeel netwerk)', 'verder weg'],
    ['Wijkagent Jan', 'wijkagent', 'Professionals (formeel netwerk)', 'verder weg'],
    ['Kim', 'schuldhulp', 'Professionals (formeel netwerk)', 'verder weg'],
  ];
  for (const [name, relation, sector, ring] of MORE) {
    await quickAdd(page, name, relation, { sector, by: name === 'Opa Henk' ? 'Oma Ria' : undefined });
    if (ring !== 'dichtbij') {
      await list(page).getByLabel(`Hoe dichtbij staat ${name}?`).selectOption({ label: ring });
      await page.getByRole('status').filter({ hasText: `${name} staat nu: ${ring}` }).waitFor();
    }
  }
  assert.equal(await figure(page).getByRole('button').count(), 25);
  assert.match(await label(token(page, 'Opa Henk')), /^Opa Henk, opa, heel dichtbij, Familie$/);
  assert.match(await label(token(page, 'Kim')), /^Kim, schuldhulp, verder weg, Professionals \(formeel netwerk\)$/);
  await token(page, 'Opa Henk').click();
  assert.equal(await page.getByRole('region', { name: 'Over Opa Henk' }).getByLabel('Voorgesteld door').inputValue() !== '', true);
  await page.getByRole('region', { name: 'Over Opa Henk' }).getByRole('button', { name: 'Klaar' }).click();
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /^Opa Henk, /);
  await waitSaved(page);
  const tokens = await tokenGeometry(page);
  assert.equal(tokens.length, 25);
  assertNoOverlap(tokens);
  // Every token stays a comfortable touch target on a tablet.
  assert.ok(tokens.every((t) => t.r * 2 >= 44), `smallest token ${Math.min(...tokens.map((t) => t.r * 2)).toFixed(1)} px`);
  await figure(page).screenshot({ path: path.join(outputDir('circle'), 'circle-25.png') });

  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});

test('the mediator comes from the family\'s own network: moving them to the professionals is refused and explained', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl, '?demo');
  await openCircle(page);
  // Opa Kees is the demo family's mediator.
  const kees = token(page, 'Opa Kees');
  assert.match(await label(kees), /Bemiddelaar/);
  await list(page).getByLabel('Groep van Opa Kees').selectOption({ label: 'Professionals (formeel netwerk)' });
  await page.getByRole('status').filter({ hasText: 'De bemiddelaar komt uit het eigen netwerk van het gezin' }).waitFor();
  assert.match(await label(kees), /, Familie, uitgenodigd, Bemiddelaar/);
  assert.equal(await list(page).getByLabel('Groep van Opa Kees').inputValue(), 'family');
  // Keys reach the same rule: Opa Kees is in Familie; ArrowLeft would be the professionals.
  await kees.focus();
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('status').filter({ hasText: 'De bemiddelaar komt uit het eigen netwerk' }).waitFor();
  assert.match(await label(kees), /, Familie,/);
  // The app-wide error line stays quiet: the circle explains refusals itself.
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});

test('someone who carries an agreement cannot leave the circle: the core refuses, the circle says why', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl, '?demo');
  const steps = await openFamily(page);
  await steps.getByRole('button', { name: 'Plan', exact: true }).click();
  const what = 'Haalt Noëlle op vrijdag van school';
  await page.getByLabel('Wie', { exact: true }).selectOption('n-kees');
  await page.getByLabel('Wat', { exact: true }).fill(what);
  await page.getByLabel('Wanneer of hoe vaak').fill('elke vrijdag');
  await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  await page.getByRole('region', { name: 'Wat het netwerk doet' }).getByText(what).waitFor();

  await toCircle(page, steps);
  await list(page).getByRole('button', { name: 'Weghalen: Opa Kees' }).click();
  // The reason is the core's refusal (CaseError::CarriesAgreements), in plain words.
  await page.getByRole('status').filter({ hasText: 'Opa Kees heeft nog afspraken in het plan. Verander die eerst.' }).waitFor();
  await token(page, 'Opa Kees').waitFor();
  assert.equal(await list(page).getByRole('button', { name: 'Weghalen: Opa Kees' }).count(), 1, 'Opa Kees left the circle');
  assert.equal(await page.getByRole('alert').count(), 0, 'the circle explains it; no second message elsewhere');

  // Once the agreement is gone, he may leave.
  await steps.getByRole('button', { name: 'Plan', exact: true }).click();
  await page.getByRole('button', { name: `Afspraak weghalen: ${what}` }).click();
  await page.getByRole('region', { name: 'Wat het netwerk doet' }).getByText(what).waitFor({ state: 'detached' });
  await toCircle(page, steps);
  await list(page).getByRole('button', { name: 'Weghalen: Opa Kees' }).click();
  await page.getByRole('status').filter({ hasText: 'Opa Kees is uit de cirkel gehaald.' }).waitFor();
  assert.equal(await list(page).getByRole('button', { name: 'Weghalen: Opa Kees' }).count(), 0);
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});
