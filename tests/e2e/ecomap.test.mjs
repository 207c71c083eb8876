// The circle as an eco-map, and both pictures over time, as a nurse and a family use them: a
// circle of 8 with relation lines of every kind set by keyboard alone (the person's details and
// the list view), heard as sentences; a second visit where two people join, one leaves and a
// stressful line turns strong; the compare view, the triangle's answers over both visits, the
// family PDF's page of change (pdftotext), and the professionals' meeting. Screenshots of each
// go to tests/e2e/output/ecomap/. Elements are found by role and accessible name.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startApp, assertOnlyOwnRequests, outputDir, openApp, axe, t, pdfText } from './harness.mjs';
import { esc, figure, token, list, waitSaved, toQuestion, quickAdd, addEight } from './circle-ui.mjs';

let app;
let out;
before(async () => {
  app = await startApp();
  out = outputDir('ecomap');
});
after(async () => { await app?.close(); });

const betweenPeople = (page) => page.getByRole('region', { name: t('eco-ties-list') });
const steps = (page) => page.getByRole('navigation', { name: t('steps-label') });
const status = (page, text) => page.locator('.circle-status').filter({ hasText: text });

/** A line with the family said as a sentence, its kind and its flow by key (eco-tie-family-*, eco-flow-family-*). */
const familyLine = (a, kind, flow) => [t(`eco-tie-family-${kind}`, { a }), ...(flow ? [t(`eco-flow-family-${flow}`, { a })] : [])].join(' ');

async function toStep(page, name) {
  await steps(page).getByRole('button', { name, exact: true }).click();
}

/** Presses Tab (Shift+Tab when `back`) until `locator` has the focus: how a keyboard gets there. */
async function tabTo(page, locator, { back = false, max = 80 } = {}) {
  await locator.waitFor();
  const seen = [];
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => document.activeElement === el)) return;
    seen.push(await page.evaluate(() => {
      const a = document.activeElement;
      return `${a?.tagName}${a?.id ? '#' + a.id : ''}[${a?.getAttribute('aria-label') ?? a?.textContent?.slice(0, 20) ?? ''}]`;
    }));
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${locator}; went through ${seen.join(' > ')}`);
}

/** Presses `key` on the focused element until the select/radio shows `want` (at most `max` times). */
async function keyUntil(page, key, check, max = 8) {
  for (let i = 0; i < max; i++) {
    if (await check()) return;
    await page.keyboard.press(key);
  }
  assert.ok(await check(), `pressing ${key} never got there`);
}

/**
 * Every line's points and every token's centre, in the figure's own units, and the order of the
 * drawing (lines before tokens, so tokens are drawn over them).
 */
async function drawing(page) {
  return figure(page).evaluate((svg) => {
    const pts = (el) => el.getAttribute('points').trim().split(/\s+/).map((p) => p.split(',').map(Number));
    const lines = [...svg.querySelectorAll('.tie')].map((g) => ({ label: g.getAttribute('aria-label'), points: pts(g.querySelector('polyline')) }));
    const tokens = [...svg.querySelectorAll('.token')].map((g) => {
      const m = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(g.getAttribute('transform'));
      return { x: Number(m[1]), y: Number(m[2]), name: g.querySelector('[role=button]').getAttribute('aria-label').split(',')[0] };
    });
    const all = [...svg.querySelectorAll('.ties, .token')];
    const linesFirst = all.length === 0 || all[0].classList.contains('ties') || !svg.querySelector('.ties');
    const lastTie = svg.querySelector('.ties');
    const firstToken = svg.querySelector('.token');
    const before = !lastTie || !firstToken || Boolean(lastTie.compareDocumentPosition(firstToken) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { lines, tokens, linesFirst: linesFirst && before };
  });
}

function segDist(p, a, b) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const k = len2 ? Math.max(0, Math.min(1, ((p.x - a[0]) * dx + (p.y - a[1]) * dy) / len2)) : 0;
  return Math.hypot(p.x - (a[0] + k * dx), p.y - (a[1] + k * dy));
}

/** No line runs under a token it does not belong to (a token's disc is 46 units), in the page's drawing. */
function assertLinesClear({ lines, tokens, linesFirst }) {
  assert.ok(linesFirst, 'lines are drawn before (under) the tokens');
  for (const line of lines) {
    const near = tokens.filter((tk) => Math.min(...line.points.slice(1).map((q, i) => segDist(tk, line.points[i], q))) < 46 - 8);
    // Only the line's own people: named in its sentence (a zigzag swings up to 6 units).
    for (const tk of near) assert.ok(line.label.includes(tk.name), `${line.label} runs under ${tk.name}`);
  }
}

test('eight people, five lines of every kind by keyboard alone; a second visit changes the circle; compare view and PDF', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl, '?demo');
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await page.getByRole('heading', { name: 'Familie Zon', level: 2 }).waitFor();
  await toStep(page, t('step-circle'));
  await page.getByRole('heading', { name: t('circle-heading', { name: 'Familie Zon' }) }).waitFor();
  // The demo family's circle has lines already; start from an empty circle.
  for (const name of ['Opa Kees', 'Ans', 'Tante Mira', 'Mirjam']) {
    await list(page).getByRole('button', { name: t('circle-remove-label', { name }) }).click();
    await status(page, t('circle-removed', { name })).waitFor();
  }
  assert.equal(await figure(page).locator('.tie').count(), 0, 'the lines went with the people');
  await addEight(page);
  assert.equal(await figure(page).getByRole('button').count(), 8);

  // 1. Oma Ria's line with the family, in her details, by keyboard: Enter on her token, Tab to the
  // kinds, arrows to "strong"; then Tab to the flow, arrows to "Oma Ria steunt het gezin".
  await token(page, 'Oma Ria').focus();
  await page.keyboard.press('Enter');
  const oma = page.getByRole('region', { name: t('circle-edit-heading', { name: 'Oma Ria' }) });
  const omaKinds = oma.getByRole('group', { name: t('eco-family-line') });
  await tabTo(page, omaKinds.getByRole('radio', { name: t('eco-kind-none') }));
  await keyUntil(page, 'ArrowDown', () => omaKinds.getByRole('radio', { name: t('eco-legend-strong') }).isChecked());
  await status(page, familyLine('Oma Ria', 'strong')).waitFor();
  const omaFlow = oma.getByRole('group', { name: t('eco-flow') });
  await tabTo(page, omaFlow.getByRole('radio', { name: t('eco-flow-unsaid') }));
  await keyUntil(page, 'ArrowDown', () => omaFlow.getByRole('radio', { name: t('eco-flow-opt-family-gives', { name: 'Oma Ria' }) }).isChecked());
  await status(page, familyLine('Oma Ria', 'strong', 'gives')).waitFor();
  // "Klaar" by keyboard closes the details and gives focus back to the token.
  await tabTo(page, oma.getByRole('button', { name: t('circle-close-editor') }));
  await page.keyboard.press('Enter');
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')),
    new RegExp(`^Oma Ria, .*${esc(t('eco-flow-family-gives', { a: 'Oma Ria' }))}$`));

  // 2. Buurman Piet: stressful, support both ways, also in his details.
  await token(page, 'Buurman Piet').focus();
  await page.keyboard.press(' ');
  const piet = page.getByRole('region', { name: t('circle-edit-heading', { name: 'Buurman Piet' }) });
  const pietKinds = piet.getByRole('group', { name: t('eco-family-line') });
  await tabTo(page, pietKinds.getByRole('radio', { name: t('eco-kind-none') }));
  await keyUntil(page, 'ArrowUp', () => pietKinds.getByRole('radio', { name: t('eco-legend-stressful') }).isChecked());
  await status(page, familyLine('Buurman Piet', 'stressful')).waitFor();
  const pietFlow = piet.getByRole('group', { name: t('eco-flow') });
  await tabTo(page, pietFlow.getByRole('radio', { name: t('eco-flow-unsaid') }));
  await keyUntil(page, 'ArrowUp', () => pietFlow.getByRole('radio', { name: t('eco-flow-opt-both') }).isChecked());
  await status(page, familyLine('Buurman Piet', 'stressful', 'both')).waitFor();
  await tabTo(page, piet.getByRole('button', { name: t('circle-close-editor') }));
  await page.keyboard.press('Enter');

  // 3 and 4. Oom Ben (ordinary) and Lotte (weak) from the list view: Tab to the select, arrows.
  for (const [name, want] of [['Oom Ben', t('eco-legend-ordinary')], ['Lotte', t('eco-legend-weak')]]) {
    const sel = list(page).getByLabel(t('eco-family-kind-of', { name }));
    await tabTo(page, sel);
    await keyUntil(page, 'ArrowDown', async () => (await sel.locator('option:checked').textContent()) === want);
  }
  await status(page, familyLine('Lotte', 'weak')).waitFor();

  // 5. A line between two people, Oom Ben and Oma Ria, stressful: the list's form, by keyboard.
  const form = betweenPeople(page);
  const pickBy = async (label, want) => {
    const sel = form.getByLabel(label, { exact: true });
    await tabTo(page, sel);
    await keyUntil(page, 'ArrowDown', async () => (await sel.locator('option:checked').textContent()) === want, 12);
  };
  await pickBy(t('circle-col-name'), 'Oom Ben');
  await pickBy(t('eco-tie-with'), 'Oma Ria');
  await pickBy(t('eco-tie-kind'), t('eco-legend-stressful'));
  await tabTo(page, form.getByRole('button', { name: t('eco-add-tie') }));
  await page.keyboard.press('Enter');
  const benRia = t('eco-tie-stressful', { a: 'Oom Ben', b: 'Oma Ria' });
  await status(page, benRia).waitFor();
  await waitSaved(page);

  // Screen readers hear each line as a sentence; the list says the same.
  const lines = figure(page).getByRole('list', { name: t('eco-lines-label') }).getByRole('img');
  assert.deepEqual((await lines.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).sort(), [
    familyLine('Lotte', 'weak'),
    familyLine('Oma Ria', 'strong', 'gives'),
    familyLine('Buurman Piet', 'stressful', 'both'),
    benRia,
    familyLine('Oom Ben', 'ordinary'),
  ].sort());
  await form.getByText(benRia).waitFor();
  // Every kind has its own stroke, not its own colour.
  const strokes = await figure(page).locator('.tie polyline').evaluateAll((els) => els.map((e) => [
    e.parentElement.getAttribute('class'), getComputedStyle(e).stroke, e.getAttribute('stroke-width'), e.getAttribute('stroke-dasharray')]));
  assert.equal(new Set(strokes.map((s) => s[1])).size, 1, `one ink for every line: ${JSON.stringify(strokes)}`);
  const byKind = Object.fromEntries(strokes.map(([cls, , w, d]) => [cls.split(' ').find((c) => c.startsWith('k-')), `${w}/${d}`]));
  assert.equal(new Set(Object.values(byKind)).size >= 3, true, JSON.stringify(byKind));
  assert.equal(await figure(page).locator('.tie .arrow').count(), 3, 'one arrow for Oma Ria, two for Buurman Piet');
  assertLinesClear(await drawing(page));
  await figure(page).screenshot({ path: path.join(out, 'circle-8-lines.png') });
  assert.deepEqual(await axe(page), []);

  // A second visit: the circle of this one is kept.
  await toStep(page, t('step-case'));
  await page.getByRole('button', { name: t('visit-add') }).click();
  await page.getByLabel(t('visit-label', { number: 2 })).waitFor();
  await toStep(page, t('step-circle'));
  await page.getByRole('region', { name: t('eco-compare-heading') }).getByText(t('eco-change-none')).waitFor();
  // Two join, one leaves, and the stressful line between Oom Ben and Oma Ria turns strong.
  await toQuestion(page, t('circle-prompt-family'));
  await quickAdd(page, 'Opa Henk', 'opa');
  await quickAdd(page, 'Tante Els', 'zus van Sanne');
  await list(page).getByRole('button', { name: t('circle-remove-label', { name: 'Trainer Sam' }) }).click();
  await status(page, t('circle-removed', { name: 'Trainer Sam' })).waitFor();
  const kind = form.getByLabel(t('eco-tie-kind-of', { a: 'Oom Ben', b: 'Oma Ria' }));
  await tabTo(page, kind);
  await keyUntil(page, 'ArrowUp', async () => (await kind.locator('option:checked').textContent()) === t('eco-legend-strong'));
  await status(page, t('eco-tie-strong', { a: 'Oom Ben', b: 'Oma Ria' })).waitFor();
  await waitSaved(page);

  const compare = page.getByRole('region', { name: t('eco-compare-heading') });
  const changes = [
    t('eco-change-joined', { name: 'Opa Henk' }),
    t('eco-change-joined', { name: 'Tante Els' }),
    t('eco-change-left', { name: 'Trainer Sam' }),
    t('eco-change-tie', { a: 'Oom Ben', b: 'Oma Ria', before: t('eco-kind-stressful'), now: t('eco-kind-strong') }),
  ];
  const said = await compare.getByRole('listitem').allTextContents();
  for (const c of changes) assert.ok(said.includes(c), `${c} not in ${JSON.stringify(said)}`);
  assert.equal(said.length, 4, JSON.stringify(said));
  const picture = compare.getByRole('img');
  assert.match(await picture.getAttribute('aria-label'), /Trainer Sam/);
  await compare.screenshot({ path: path.join(out, 'compare-one-picture.png') });
  await compare.getByRole('radio', { name: t('eco-compare-side') }).check();
  await compare.getByRole('img').and(page.locator('.change-figure')).waitFor();
  const circle = esc(t('circle-figure'));
  assert.match(await compare.getByRole('img').getAttribute('aria-label'), new RegExp(`^${circle}: .*Trainer Sam.*${circle}: .*Opa Henk`));
  await compare.screenshot({ path: path.join(out, 'compare-side-by-side.png') });
  assert.deepEqual(await axe(page), []);

  // The triangle at the second visit: Sanne now sees rules and limits as a strength.
  await toStep(page, t('step-triangle'));
  await page.getByRole('navigation', { name: t('themes-label') }).getByRole('button', { name: /^Regels en grenzen/ }).click();
  await page.getByRole('group', { name: 'Sanne', exact: true }).getByRole('radio', { name: 'Kracht', exact: true }).check();
  await waitSaved(page);
  await page.getByRole('button', { name: t('view-compare'), exact: true }).click();
  const travel = page.getByRole('region', { name: t('travel-section') });
  const grown = t('travel-grown', { themes: 'Regels en grenzen' });
  await travel.getByText(grown).waitFor();
  const chart = travel.getByRole('img', { name: /^Regels en grenzen\. Sanne: Een beetje zorgen → Kracht/ });
  await chart.waitFor();
  await travel.screenshot({ path: path.join(out, 'triangle-over-time.png') });
  assert.deepEqual(await axe(page), []);

  // The family PDF has the eco-map with its key and one page of change.
  await toStep(page, t('step-export'));
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: t('export-family-pdf') }).click(),
  ]);
  const file = path.join(out, 'family-two-visits.pdf');
  await dl.saveAs(file);
  const text = pdfText(file);
  for (const want of [t('eco-legend-strong'), t('eco-legend-arrow'), familyLine('Oma Ria', 'strong', 'gives'),
    t('eco-over-time-heading'), ...changes, grown]) {
    assert.ok(text.includes(want), `the PDF lacks "${want}"`);
  }
  // Pictures of the circle page and the page of change, to look at.
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', String(pages), '-l', String(pages), file, path.join(out, 'pdf-change')]);
  assert.ok(fs.readdirSync(out).some((f) => f.startsWith('pdf-change') && f.endsWith('.png')));
  const lastPage = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), file, '-'], { encoding: 'utf8' });
  assert.ok(lastPage.trim().startsWith(t('eco-over-time-heading')), 'the change has a page of its own, the last');

  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});

test('the multidisciplinary way: each professional\'s view, one coordinator, named in the plan', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl, '?demo');
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await page.getByRole('heading', { name: 'Familie Zon', level: 2 }).waitFor();
  await page.getByRole('radio', { name: t('way-multidisciplinary'), exact: true }).check();
  await toStep(page, t('step-circle'));
  const team = page.getByRole('region', { name: t('team-heading') });
  // The professionals: the participant Inge de Vries, and Mirjam of the circle's formal network.
  const choices = await team.getByLabel(t('team-coordinator')).locator('option').allTextContents();
  assert.deepEqual(choices, ['—', 'Inge de Vries', 'Mirjam (wijkteam)']);
  await team.getByLabel(t('team-coordinator')).selectOption({ label: 'Mirjam (wijkteam)' });
  await team.getByLabel(t('team-view-of', { name: 'Inge de Vries' })).fill('Noor gaat graag naar school. De avonden zijn onrustig.');
  await team.getByLabel(t('team-view-of', { name: 'Mirjam (wijkteam)' })).fill('Er is zicht op de rekeningen.');
  await team.getByText(t('team-no-needs')).waitFor();
  await waitSaved(page);
  assert.deepEqual(await axe(page), []);
  await team.screenshot({ path: path.join(out, 'professionals-meeting.png') });
  // The print view (the family's plan) names the coordinator and each view.
  await toStep(page, t('step-export'));
  const printed = await page.locator('.plan-print').textContent();
  for (const want of [t('team-heading'), t('team-coordinator-named', { name: 'Mirjam (wijkteam)' }),
    'Inge de Vries: Noor gaat graag naar school. De avonden zijn onrustig.', 'Mirjam (wijkteam): Er is zicht op de rekeningen.']) {
    assert.ok(printed.includes(want), `the plan lacks "${want}"`);
  }
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});
