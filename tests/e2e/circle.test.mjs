// The network circle as a nurse and a family use it: widening the circle question by question,
// moving people by mouse drag and by the arrow keys, inviting people and appointing a mediator,
// everything kept across a reload, and screenshots with 8 and with 25 people. Elements are found
// by role and accessible name, as a screen reader would find them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startApp, assertOnlyOwnRequests, outputDir, openApp, unlock, t } from './harness.mjs';
import { figure, token, whoElse, list, waitSaved, toQuestion, quickAdd, EIGHT, addEight, tokenLabel } from './circle-ui.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

async function label(locator) {
  return locator.getAttribute('aria-label');
}

/** The status line after someone moved: ring and sector by their keys (circle-ring-*, circle-sector-*). */
const moved = (name, ring, sector) => t('circle-moved', { name, ring: t(`circle-ring-${ring}`), sector: t(`circle-sector-${sector}`) });

/** Opens the demo family; returns its steps. */
async function openFamily(page) {
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await page.getByRole('heading', { name: 'Familie Zon', level: 2 }).waitFor();
  return page.getByRole('navigation', { name: /./ });
}

async function toCircle(page, steps) {
  await steps.getByRole('button', { name: t('step-circle'), exact: true }).click();
  await page.getByRole('heading', { name: t('circle-heading', { name: 'Familie Zon' }) }).waitFor();
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
    await list(page).getByRole('button', { name: t('circle-remove-label', { name }) }).click();
    await page.getByRole('status').filter({ hasText: t('circle-removed', { name }) }).waitFor();
  }
  await list(page).getByText(t('circle-empty')).waitFor();
  assert.equal(await figure(page).getByRole('button').count(), 0);

  // Widening the circle question by question: family first, professionals last.
  await whoElse(page).getByText(t('circle-step', { n: 1, total: 10 })).waitFor();
  await addEight(page);
  assert.equal(await figure(page).getByRole('button').count(), 8);
  assert.match(await label(token(page, 'Oma Ria')), tokenLabel(['Oma Ria', 'oma', t('circle-ring-close'), t('circle-sector-family')]));
  assert.match(await label(token(page, 'Buurman Piet')), tokenLabel([t('circle-ring-close'), t('circle-sector-friendsNeighbours')], { end: true }));
  assert.match(await label(token(page, 'Juf Anouk')), tokenLabel([t('circle-ring-close'), t('circle-sector-schoolWorkClubs')], { end: true }));
  assert.match(await label(token(page, 'Mirjam')), tokenLabel([t('circle-ring-close'), t('circle-sector-professionals')], { end: true }));
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
  await page.getByRole('status').filter({ hasText: moved('Oma Ria', 'veryClose', 'family') }).waitFor();
  assert.match(await label(token(page, 'Oma Ria')), tokenLabel(['Oma Ria', 'oma', t('circle-ring-veryClose'), t('circle-sector-family')]));
  // A drag does not also open the person.
  assert.equal(await page.getByRole('region', { name: t('circle-edit-heading', { name: 'Oma Ria' }) }).count(), 0);

  // Keys: Lotte one ring in, to another group and back; the new place is announced, focus stays.
  const lotte = token(page, 'Lotte');
  await lotte.focus();
  await page.keyboard.press('ArrowUp');
  await page.getByRole('status').filter({ hasText: moved('Lotte', 'veryClose', 'friendsNeighbours') }).waitFor();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('status').filter({ hasText: moved('Lotte', 'veryClose', 'schoolWorkClubs') }).waitFor();
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('status').filter({ hasText: moved('Lotte', 'veryClose', 'friendsNeighbours') }).waitFor();
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /^Lotte, /);
  assert.match(await label(lotte), tokenLabel([t('circle-ring-veryClose'), t('circle-sector-friendsNeighbours')], { end: true }));
  // The list offers the same: a select per person.
  assert.equal(await list(page).getByLabel(t('circle-ring-of', { name: 'Lotte' })).inputValue(), 'veryClose');

  // Five invited, from the list.
  const invited = ['Oma Ria', 'Oom Ben', 'Lotte', 'Buurman Piet', 'Mirjam'];
  for (const name of invited) await list(page).getByRole('checkbox', { name: t('circle-invited-label', { name }) }).check();

  // Oom Ben is the family's mediator. A professional cannot be chosen as mediator.
  await list(page).getByRole('button', { name: t('circle-edit-label', { name: 'Mirjam' }) }).click();
  const mirjam = page.getByRole('region', { name: t('circle-edit-heading', { name: 'Mirjam' }) });
  const mirjamRoles = await mirjam.getByLabel(t('circle-role')).locator('option').allTextContents();
  assert.deepEqual(mirjamRoles, [t('circle-role-none'), t('circle-role-coordinator'), t('circle-role-informs')]);
  await mirjam.getByLabel(t('circle-role')).selectOption({ label: t('circle-role-informs') });
  await mirjam.getByLabel(t('circle-cannot-do')).fill('Beslissen voor het gezin.');
  await mirjam.getByRole('button', { name: t('circle-close-editor') }).click();
  // Focus goes back to where the details were opened from.
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), t('circle-edit-label', { name: 'Mirjam' }));
  await list(page).getByRole('button', { name: t('circle-edit-label', { name: 'Oom Ben' }) }).click();
  const ben = page.getByRole('region', { name: t('circle-edit-heading', { name: 'Oom Ben' }) });
  await ben.getByLabel(t('circle-role')).selectOption({ label: t('circle-role-mediator') });
  await ben.getByRole('checkbox', { name: t('circle-offer-listening') }).check();
  await ben.getByLabel(t('circle-reliable')).selectOption({ label: t('circle-reliable-medium') });
  await ben.getByRole('button', { name: t('circle-close-editor') }).click();
  await token(page, 'Oom Ben').and(page.getByRole('button', { name: t('circle-role-mediator') })).waitFor();

  // The meeting: the family's question and whether the children join.
  const meeting = page.getByRole('region', { name: t('circle-meeting') });
  await meeting.getByLabel(t('circle-question')).fill('Wie kan Sem op woensdag halen?');
  await meeting.getByRole('radio', { name: t('circle-children-some') }).check();
  await meeting.getByRole('checkbox', { name: t('circle-came-label', { name: 'Oma Ria' }) }).check();
  await waitSaved(page);

  await figure(page).screenshot({ path: path.join(outputDir('circle'), 'circle-8.png') });
  assertNoOverlap(await tokenGeometry(page));

  // Reload: everything is still there.
  await page.reload();
  await unlock(page);
  await openCircle(page);
  assert.equal(await figure(page).getByRole('button').count(), 8);
  assert.match(await label(token(page, 'Oma Ria')), tokenLabel(['Oma Ria', 'oma', t('circle-ring-veryClose'), t('circle-sector-family'), t('circle-invited')]));
  assert.match(await label(token(page, 'Lotte')), tokenLabel(['Lotte', 'vriendin van Sanne', t('circle-ring-veryClose'), t('circle-sector-friendsNeighbours'), t('circle-invited')]));
  assert.match(await label(token(page, 'Oom Ben')), tokenLabel([t('circle-ring-close'), t('circle-sector-family'), t('circle-invited'), t('circle-role-mediator')], { end: true }));
  assert.match(await label(token(page, 'Mirjam')), tokenLabel([t('circle-invited'), t('circle-role-informs')], { end: true }));
  for (const name of EIGHT.flatMap(([, people]) => people.map(([n]) => n))) {
    const box = list(page).getByRole('checkbox', { name: t('circle-invited-label', { name }) });
    assert.equal(await box.isChecked(), invited.includes(name), name);
  }
  const m = page.getByRole('region', { name: t('circle-meeting') });
  assert.equal(await m.getByLabel(t('circle-question')).inputValue(), 'Wie kan Sem op woensdag halen?');
  assert.equal(await m.getByRole('radio', { name: t('circle-children-some') }).isChecked(), true);
  assert.equal(await m.getByRole('checkbox', { name: t('circle-came-label', { name: 'Oma Ria' }) }).isChecked(), true);
  await token(page, 'Oom Ben').click();
  const again = page.getByRole('region', { name: t('circle-edit-heading', { name: 'Oom Ben' }) });
  assert.equal(await again.getByRole('checkbox', { name: t('circle-offer-listening') }).isChecked(), true);
  assert.equal(await again.getByLabel(t('circle-reliable')).inputValue(), 'medium');
  assert.equal(await again.getByLabel(t('circle-role')).inputValue(), 'mediator');
  // Opening by tap moves focus to the person's details.
  assert.equal(await page.evaluate(() => document.activeElement.textContent), t('circle-edit-heading', { name: 'Oom Ben' }));

  // Seventeen more: the "who else could think along?" step, with a group and who suggested them.
  await toQuestion(page, t('circle-prompt-suggest'));
  const MORE = [
    ['Opa Henk', 'opa', t('circle-sector-family'), t('circle-ring-veryClose')],
    ['Tante Els', 'zus van Sanne', t('circle-sector-family'), t('circle-ring-close')],
    ['Nicht Sara', 'nicht', t('circle-sector-family'), t('circle-ring-close')],
    ['Neef Daan', 'neef', t('circle-sector-family'), t('circle-ring-further')],
    ['Oom Karim', 'broer van Youssef', t('circle-sector-family'), t('circle-ring-further')],
    ['Mel', 'vriendin', t('circle-sector-friendsNeighbours'), t('circle-ring-close')],
    ['Yara', 'buurmeisje, past op', t('circle-sector-friendsNeighbours'), t('circle-ring-close')],
    ['Buurvrouw Ans', 'buurvrouw', t('circle-sector-friendsNeighbours'), t('circle-ring-further')],
    ['Kees', 'vriend van Youssef', t('circle-sector-friendsNeighbours'), t('circle-ring-further')],
    ['Meester Tom', 'meester van Noor', t('circle-sector-schoolWorkClubs'), t('circle-ring-further')],
    ['Coach Lisa', 'zwemles', t('circle-sector-schoolWorkClubs'), t('circle-ring-further')],
    ['Collega Bram', 'werk Youssef', t('circle-sector-schoolWorkClubs'), t('circle-ring-further')],
    ['Imam Yusuf', 'moskee', t('circle-sector-schoolWorkClubs'), t('circle-ring-further')],
    ['Trainer Rob', 'judo', t('circle-sector-schoolWorkClubs'), t('circle-ring-further')],
    ['Fysio Eva', 'fysiotherapeut', t('circle-sector-professionals'), t('circle-ring-further')],
    ['Wijkagent Jan', 'wijkagent', t('circle-sector-professionals'), t('circle-ring-further')],
    ['Kim', 'schuldhulp', t('circle-sector-professionals'), t('circle-ring-further')],
  ];
  for (const [name, relation, sector, ring] of MORE) {
    await quickAdd(page, name, relation, { sector, by: name === 'Opa Henk' ? 'Oma Ria' : undefined });
    if (ring !== t('circle-ring-close')) {
      await list(page).getByLabel(t('circle-ring-of', { name })).selectOption({ label: ring });
      await page.getByRole('status').filter({ hasText: t('circle-moved', { name, ring, sector }) }).waitFor();
    }
  }
  assert.equal(await figure(page).getByRole('button').count(), 25);
  assert.match(await label(token(page, 'Opa Henk')), tokenLabel(['Opa Henk', 'opa', t('circle-ring-veryClose'), t('circle-sector-family')]));
  assert.match(await label(token(page, 'Kim')), tokenLabel(['Kim', 'schuldhulp', t('circle-ring-further'), t('circle-sector-professionals')]));
  await token(page, 'Opa Henk').click();
  const henk = page.getByRole('region', { name: t('circle-edit-heading', { name: 'Opa Henk' }) });
  assert.equal(await henk.getByLabel(t('circle-suggested-by')).inputValue() !== '', true);
  await henk.getByRole('button', { name: t('circle-close-editor') }).click();
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /^Opa Henk, /);
  await waitSaved(page);
  const tokens = await tokenGeometry(page);
  assert.equal(tokens.length, 25);
  assertNoOverlap(tokens);
  // Every token stays a comfortable touch target on a tablet.
  assert.ok(tokens.every((tk) => tk.r * 2 >= 44), `smallest token ${Math.min(...tokens.map((tk) => tk.r * 2)).toFixed(1)} px`);
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
  assert.match(await label(kees), tokenLabel([t('circle-role-mediator')], { middle: true }));
  await list(page).getByLabel(t('circle-sector-of', { name: 'Opa Kees' })).selectOption({ label: t('circle-sector-professionals') });
  await page.getByRole('status').filter({ hasText: t('circle-error-mediator') }).waitFor();
  assert.match(await label(kees), tokenLabel([t('circle-sector-family'), t('circle-invited'), t('circle-role-mediator')], { middle: true }));
  assert.equal(await list(page).getByLabel(t('circle-sector-of', { name: 'Opa Kees' })).inputValue(), 'family');
  // Keys reach the same rule: Opa Kees is in Familie; ArrowLeft would be the professionals.
  await kees.focus();
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('status').filter({ hasText: t('circle-error-mediator') }).waitFor();
  assert.match(await label(kees), tokenLabel([t('circle-sector-family'), t('circle-invited'), t('circle-role-mediator')], { middle: true }));
  // The app-wide error line stays quiet: the circle explains refusals itself.
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});

test('someone who carries an agreement cannot leave the circle: the core refuses, the circle says why', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl, '?demo');
  const steps = await openFamily(page);
  await steps.getByRole('button', { name: t('step-plan'), exact: true }).click();
  const what = 'Haalt Noëlle op vrijdag van school';
  await page.getByLabel(t('agreement-who-label'), { exact: true }).selectOption('n-kees');
  await page.getByLabel(t('agreement-what-label'), { exact: true }).fill(what);
  await page.getByLabel(t('agreement-when-label')).fill('elke vrijdag');
  await page.getByRole('button', { name: t('agreement-add') }).click();
  await page.getByRole('region', { name: t('carrier-network') }).getByText(what).waitFor();

  await toCircle(page, steps);
  const remove = list(page).getByRole('button', { name: t('circle-remove-label', { name: 'Opa Kees' }) });
  await remove.click();
  // The reason is the core's refusal (CaseError::CarriesAgreements), in plain words.
  await page.getByRole('status').filter({ hasText: t('circle-error-carries', { name: 'Opa Kees' }) }).waitFor();
  await token(page, 'Opa Kees').waitFor();
  assert.equal(await remove.count(), 1, 'Opa Kees left the circle');
  assert.equal(await page.getByRole('alert').count(), 0, 'the circle explains it; no second message elsewhere');

  // Once the agreement is gone, he may leave.
  await steps.getByRole('button', { name: t('step-plan'), exact: true }).click();
  await page.getByRole('button', { name: t('agreement-remove-label', { what }) }).click();
  await page.getByRole('region', { name: t('carrier-network') }).getByText(what).waitFor({ state: 'detached' });
  await toCircle(page, steps);
  await remove.click();
  await page.getByRole('status').filter({ hasText: t('circle-removed', { name: 'Opa Kees' }) }).waitFor();
  assert.equal(await remove.count(), 0);
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});
