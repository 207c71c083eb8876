// The triangle step as a nurse and a family use it: rating themes per participant, the
// figure and the comparison following along, autosave across a reload, the language switch,
// keyboard-only use of every theme and level, and screenshots at tablet and phone size.
// Elements are found by role and accessible name, as a screen reader would find them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp, assertOnlyOwnRequests, outputDir, openApp, unlock, t } from './harness.mjs';

// The instrument exactly as the build under test serves it (same rule as the harness uses).
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = process.env.SAMENPLAN_DIST || path.join(REPO, 'dist');
const INSTRUMENT = JSON.parse(fs.readFileSync(path.join(DIST, 'instruments', 'triangle.json'), 'utf8'));
const THEMES = INSTRUMENT.sides.flatMap((s) => s.themes).filter((t) => t.ways.includes('extended'));
const LEVELS = INSTRUMENT.scale; // strength, fine, some-worries, serious-worries
const COLOUR = Object.fromEntries(LEVELS.map((l) => [l.label.nl, l.colour]));
const OPEN_FILL = '#f4f4f4'; // an unanswered slice (triangle_svg.rs)
const SKIP_FILL = 'url(#skip-hatch)';
// Every radio of a participant, in DOM order (theme_card.rs: the levels, then the two skips).
const RADIOS = [...LEVELS.map((l) => l.label.nl), t('skip-not-discussed'), t('skip-later')];
// The figure's accessible name is the instrument's title.
const FIGURE = INSTRUMENT.title.nl;

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The theme list's button for a theme: "<title> <n> van <m>". */
function themeButton(page, title) {
  return page.getByRole('navigation', { name: t('themes-label') })
    .getByRole('button', { name: new RegExp(`^${esc(title)}\\s*${t('answered-count', { done: /\d+/, total: /\d+/ }).source}$`) });
}

/** The theme card: a region named by its heading. */
function themeCard(page, title) {
  return page.getByRole('region', { name: title, exact: true });
}

/** A participant's radio in the open theme card. */
function radio(page, title, person, label) {
  return themeCard(page, title).getByRole('group', { name: person, exact: true })
    .getByRole('radio', { name: label, exact: true });
}

/** A theme's spot in the SVG triangle: aria-label "<title>: <name>: <answer>; ...". */
function spot(page, title) {
  return page.getByRole('group', { name: FIGURE })
    .getByRole('button', { name: new RegExp(`^${esc(title)}: `) });
}

/**
 * The fill of each participant's slice in a spot. The slices are decorative SVG paths with no
 * role or name (the spot's aria-label carries their meaning), so a class selector is the only
 * way to reach their colour.
 */
function sliceFills(spotLocator) {
  return spotLocator.evaluate((g) => [...g.querySelectorAll('path.slice')].map((p) => p.getAttribute('fill')));
}

/** Polls until `fn` returns a value deep-equal to `expected` (an expect-like retry). */
async function eventually(fn, expected, message, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let actual;
  for (;;) {
    actual = await fn();
    try {
      assert.deepEqual(actual, expected);
      return;
    } catch {
      if (Date.now() > deadline) assert.deepEqual(actual, expected, message);
    }
    // Yield to the page for a frame; this is a polling interval, not a fixed wait for the app.
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function waitChecked(locator, checked = true) {
  await eventually(() => locator.isChecked(), checked, `${locator} should be ${checked ? '' : 'un'}checked`);
}

async function waitSaved(page) {
  await page.getByRole('banner').getByRole('status').filter({ hasText: t('save-saved') }).waitFor();
}

/**
 * Which radios each person has checked in the open card, compared with the expected label
 * (null = none). Returns one readable line per person whose radios differ.
 */
async function radioMismatches(page, title, want) {
  const out = [];
  for (const [person, label] of Object.entries(want)) {
    const checked = [];
    for (const name of RADIOS) if (await radio(page, title, person, name).isChecked()) checked.push(name);
    const expected = label ? [label] : [];
    if (JSON.stringify(checked) !== JSON.stringify(expected)) {
      out.push(`${title} / ${person}: expected ${JSON.stringify(expected)} checked, radios show ${JSON.stringify(checked)}`);
    }
  }
  return out;
}

/** Opens the demo family's triangle step with the mouse. */
async function openDemoTriangle(page) {
  await openApp(page, app.baseUrl, '?demo');
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Familie Zon' }).waitFor();
  await page.getByRole('navigation', { name: t('steps-label') }).getByRole('button', { name: t('step-triangle') }).click();
  await page.getByRole('group', { name: FIGURE }).waitFor();
}

/** Picks a theme from the theme list with the mouse and waits for its card. */
async function showTheme(page, title) {
  await themeButton(page, title).click();
  await themeCard(page, title).getByRole('heading', { name: title, exact: true }).waitFor();
}

/** Chooses one answer per person in the open theme card, by clicking its radio. */
async function rate(page, title, answers) {
  for (const [person, label] of Object.entries(answers)) {
    const r = radio(page, title, person, label);
    await r.check();
    await waitChecked(r);
  }
}

// ---------------------------------------------------------------------------------------------

test('rates themes for two parents and the professional (the young person has her own triangle), sees the triangle and the comparison, and keeps it after reload', async () => {
  const page = await app.newPage();
  await openDemoTriangle(page);
  assert.equal(await page.getByRole('paragraph').filter({ hasText: t('triangle-all', { count: 21 }) }).count(), 1);

  // Themes the demo case leaves open for everyone (it answers health, rules-limits,
  // support-network and life-events).
  const plan = {
    'Groeien en bewegen': { Sanne: 'Kracht', Youssef: 'Gaat goed', 'Inge de Vries': 'Grote zorgen' }, // spread 3
    'Gevoelens en gedrag': { Sanne: 'Een beetje zorgen', Youssef: 'Een beetje zorgen', 'Inge de Vries': 'Een beetje zorgen' },
    'Leren, spelen en school': { Sanne: 'Gaat goed', Youssef: 'Kracht', 'Inge de Vries': 'Gaat goed' }, // spread 1
    'Warmte en band': { Sanne: 'Kracht', Youssef: 'Kracht', 'Inge de Vries': 'Kracht' },
  };
  const skipped = 'Wonen';
  // Noor answers her own triangle, so the family's asks the parents and the professional.
  const people = ['Sanne', 'Youssef', 'Inge de Vries'];
  const open = (title) => `${title}: ${people.map((p) => `${p}: Nog open`).join('; ')}`;
  const expectedLabel = (title) => {
    if (title === skipped) return `${title}: ${people.map((p) => `${p}: Niet besproken`).join('; ')}`;
    const a = plan[title];
    return `${title}: ${people.map((p) => `${p}: ${a[p] ?? t('answer-open')}`).join('; ')}`;
  };
  const expectedFills = (title) => (title === skipped
    ? people.map(() => SKIP_FILL)
    : people.map((p) => (plan[title][p] ? COLOUR[plan[title][p]] : OPEN_FILL)));

  // Before: every chosen theme is open, drawn in the open grey.
  for (const title of [...Object.keys(plan), skipped]) {
    assert.equal(await spot(page, title).getAttribute('aria-label'), open(title));
    assert.deepEqual(await sliceFills(spot(page, title)), people.map(() => OPEN_FILL), `${title} slices start open`);
  }

  for (const [title, answers] of Object.entries(plan)) {
    await showTheme(page, title);
    await rate(page, title, answers);
    // The figure follows: the spot's name and the colour of each person's slice.
    await eventually(() => spot(page, title).getAttribute('aria-label'), expectedLabel(title), `${title} spot label`);
    await eventually(() => sliceFills(spot(page, title)), expectedFills(title), `${title} slice colours`);
    // The theme list counts the answers: all three respondents.
    await themeButton(page, title).filter({ hasText: t('answered-count', { done: 3, total: 3 }) }).waitFor();
  }

  // A note, typed key by key into the controlled textarea: nothing may jump or get lost.
  const note = 'Ze rent en klimt graag, ook op het schoolplein.';
  await showTheme(page, 'Groeien en bewegen');
  const goingWell = themeCard(page, 'Groeien en bewegen').getByRole('group', { name: 'Sanne', exact: true })
    .getByLabel(t('note-going-well'));
  await goingWell.pressSequentially(note);
  await eventually(() => goingWell.inputValue(), note, 'note as typed');

  // One theme is left out for everyone at once.
  await showTheme(page, skipped);
  await themeCard(page, skipped).getByRole('group', { name: t('skip-all-label') })
    .getByRole('button', { name: t('skip-not-discussed') }).click();
  for (const p of people) await waitChecked(radio(page, skipped, p, t('skip-not-discussed')));
  await eventually(() => spot(page, skipped).getAttribute('aria-label'), expectedLabel(skipped), 'skipped spot label');
  await eventually(() => sliceFills(spot(page, skipped)), expectedFills(skipped), 'skipped slices hatched');
  await themeButton(page, skipped).filter({ hasText: t('answered-count', { done: 3, total: 3 }) }).waitFor();
  // The demo's own answers are untouched.
  assert.equal(await spot(page, 'Regels en grenzen').getAttribute('aria-label'),
    `Regels en grenzen: Sanne: Een beetje zorgen; Youssef: Kracht; Inge de Vries: ${t('answer-open')}`);

  // Comparison: differing views are named as something to talk about.
  await page.getByRole('group', { name: t('view-label') }).getByRole('button', { name: t('view-compare') }).click();
  const table = page.getByRole('table', { name: t('compare-heading') });
  await table.waitFor();
  const row = (title) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
  const cells = async (title) => (await row(title).getByRole('cell').allInnerTexts()).map((s) => s.trim());
  // Columns: Sanne, Youssef, Inge de Vries, Noor in her own words, Samen.
  let c = await cells('Groeien en bewegen');
  assert.deepEqual(c.slice(0, 3), ['Kracht', 'Gaat goed', 'Grote zorgen']);
  assert.ok(c[4].endsWith(t('agree-differ-much')), c[4]);
  c = await cells('Leren, spelen en school');
  assert.ok(c[4].endsWith(t('agree-differ')) && !c[4].endsWith(t('agree-differ-much')), c[4]);
  c = await cells('Gevoelens en gedrag');
  assert.equal(c[4], t('agree-same'));
  c = await cells(skipped);
  assert.deepEqual([...c.slice(0, 3), c[4]], [t('skip-not-discussed'), t('skip-not-discussed'), t('skip-not-discussed'), t('agree-none')]);
  // Two differences of ours plus two in the demo (Regels en grenzen, Steun van anderen).
  await page.getByRole('main').getByRole('status').filter({ hasText: t('compare-count', { count: 4 }) }).waitFor();
  // "Only differences" leaves exactly those four rows.
  await page.getByRole('checkbox', { name: t('compare-only-differences') }).check();
  await eventually(async () => (await table.getByRole('rowheader').allInnerTexts()).map((s) => s.trim()),
    ['Groeien en bewegen', 'Leren, spelen en school', 'Regels en grenzen', 'Steun van anderen'], 'difference rows');

  // Reload once the autosave has written the last change.
  await waitSaved(page);
  await page.reload();
  await unlock(page);
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await page.getByRole('navigation', { name: t('steps-label') }).getByRole('button', { name: t('step-triangle') }).click();
  await page.getByRole('group', { name: FIGURE }).waitFor();
  // What was stored: the figure is drawn from the reloaded case.
  for (const title of [...Object.keys(plan), skipped]) {
    assert.equal(await spot(page, title).getAttribute('aria-label'), expectedLabel(title), `${title} after reload`);
    assert.deepEqual(await sliceFills(spot(page, title)), expectedFills(title), `${title} colours after reload`);
  }
  // What the card shows: every radio of every person, theme by theme, via the theme list.
  // Mismatches are collected so one run names all of them.
  const mismatches = [];
  for (const title of [...Object.keys(plan), skipped]) {
    await showTheme(page, title);
    const want = Object.fromEntries(people.map((p) => [p, title === skipped ? t('skip-not-discussed') : plan[title][p] ?? null]));
    mismatches.push(...await radioMismatches(page, title, want));
  }
  await showTheme(page, 'Groeien en bewegen');
  assert.equal(await goingWell.inputValue(), note);

  // English and back: same answers, other words.
  await page.getByLabel(t('language-label')).selectOption('en');
  const enMoving = page.getByRole('region', { name: 'Growing and moving', exact: true });
  await enMoving.getByRole('heading', { name: 'Growing and moving' }).waitFor();
  assert.equal(await enMoving.getByRole('group', { name: 'Sanne', exact: true })
    .getByRole('radio', { name: 'Strength', exact: true }).isChecked(), true);
  assert.equal(await page.getByRole('group', { name: INSTRUMENT.title.en })
    .getByRole('button', { name: /^Growing and moving: / }).getAttribute('aria-label'),
  'Growing and moving: Sanne: Strength; Youssef: Going fine; Inge de Vries: Serious worries');
  await page.getByRole('navigation', { name: t('themes-label', {}, 'en') })
    .getByRole('button', { name: new RegExp(`^Your home\\s*${esc(t('answered-count', { done: 3, total: 3 }, 'en'))}$`) }).click();
  await page.getByRole('region', { name: 'Your home', exact: true }).getByRole('heading', { name: 'Your home' }).waitFor();
  await page.getByRole('list', { name: t('legend-label', {}, 'en') }).getByText('Strength', { exact: true }).waitFor();
  await page.getByLabel(t('language-label')).selectOption('nl');
  await themeCard(page, skipped).getByRole('heading', { name: skipped }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');

  assert.deepEqual(mismatches, [], 'after reload, each card shows the stored answers as checked radios');
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});

// ---------------------------------------------------------------------------------------------

/** A short description of the focused element, for failure messages. */
function describeFocus(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return '<body> (focus lost)';
    const label = e.getAttribute('aria-label') || (e.labels?.[0]?.textContent) || e.textContent || '';
    const group = e.closest('fieldset')?.querySelector('legend')?.textContent;
    return `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}> "${label.trim().replace(/\s+/g, ' ').slice(0, 60)}"${group ? ` in group "${group}"` : ''}`;
  });
}

function isFocused(locator) {
  return locator.evaluate((el) => el === document.activeElement, undefined, { timeout: 2000 }).catch(() => false);
}

/** Presses `key` exactly `n` times, then fails unless `reached()` holds (the focus order is part of the test). */
async function pressTimes(page, key, n, reached, what) {
  for (let k = 0; k < n; k++) await page.keyboard.press(key);
  if (!await reached()) throw new Error(`${key} ×${n} should reach ${what}; focus is on ${await describeFocus(page)}`);
}

/** Presses `key` until `reached()` holds; returns how many presses it took. */
async function pressUntil(page, key, reached, what, max) {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press(key);
    if (await reached()) return n;
  }
  throw new Error(`${key} ×${max} never reached ${what}; focus is on ${await describeFocus(page)}`);
}

test('every theme and scale level can be set by keyboard alone', async () => {
  const page = await app.newPage({ viewport: { width: 1024, height: 768 } });
  const problems = []; // keyboard problems that do not stop the walk, reported together at the end
  await openApp(page, app.baseUrl, '?demo');

  // Open the case by keyboard too: Tab to it, Enter.
  const caseButton = page.getByRole('button', { name: /^Familie Zon/ });
  await caseButton.waitFor();
  await pressUntil(page, 'Tab', () => isFocused(caseButton), 'the "Familie Zon" button', 10);
  await page.keyboard.press('Enter');
  const caseTitle = page.getByRole('heading', { level: 2, name: 'Familie Zon' });
  await caseTitle.waitFor();
  // app.rs on_open asks for focus on the case title (#case-title, tabindex -1).
  try {
    await eventually(() => isFocused(caseTitle), true, '', 2000);
  } catch {
    problems.push(`after opening the case with Enter, focus is on ${await describeFocus(page)}, not on the case heading "Familie Zon"`);
  }
  const triangleStep = page.getByRole('navigation', { name: t('steps-label') }).getByRole('button', { name: t('step-triangle') });
  await pressUntil(page, 'Tab', () => isFocused(triangleStep), 'the step button "Driehoek"', 10);
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: FIGURE }).waitFor();
  // From here on: keyboard only.

  const titles = THEMES.map((t) => t.title.nl);
  assert.equal(titles.length, 21);
  const nav = page.getByRole('navigation', { name: t('themes-label') });
  assert.equal(await nav.getByRole('button').count(), titles.length, 'one list button per theme');
  const heading = (title) => themeCard(page, title).getByRole('heading', { name: title, exact: true });
  const sanne = (title) => themeCard(page, title).getByRole('group', { name: 'Sanne', exact: true });
  const focusInSanne = (title) => sanne(title)
    .evaluate((fs) => fs.contains(document.activeElement) && document.activeElement.type === 'radio', undefined, { timeout: 2000 })
    .catch(() => false);
  const checkedFor = async (title) => {
    const out = [];
    for (const name of RADIOS) if (await radio(page, title, 'Sanne', name).isChecked()) out.push(name);
    return out;
  };

  // Sanne's answer per theme: the four levels in turn, and "Niet besproken" on one theme.
  const notDiscussed = 'Steun van anderen';
  const chosen = Object.fromEntries(titles.map((title, i) => [title, title === notDiscussed ? t('skip-not-discussed') : LEVELS[i % 4].label.nl]));
  for (const l of LEVELS) assert.ok(Object.values(chosen).includes(l.label.nl), `${l.label.nl} is set at least once`);

  /** Enter or Space on a focused theme-list button, then focus must land on the card heading. */
  async function activate(title, key) {
    await page.keyboard.press(key);
    await heading(title).waitFor();
    try {
      await eventually(() => isFocused(heading(title)), true, '', 2000);
    } catch {
      problems.push(`after ${key} on the list button "${title}", focus is on ${await describeFocus(page)}, not on the card heading`);
      await heading(title).focus(); // not a click: puts focus where the app meant it to be, so the walk can go on
    }
  }

  for (const [i, title] of titles.entries()) {
    // 1. Bring the theme up from the theme list.
    const button = themeButton(page, title);
    if (i === 0) {
      // From the step button, forward through the view tabs and the triangle's spots.
      await pressUntil(page, 'Tab', () => isFocused(button), `list button "${title}"`, 40);
    } else {
      // From Sanne's radios of the previous theme, back past the card's read-aloud and two skip
      // buttons and up the list from its last button.
      await pressTimes(page, 'Shift+Tab', 3 + (titles.length - i), () => isFocused(button), `list button "${title}"`);
    }
    await activate(title, i % 2 ? 'Space' : 'Enter');

    // 2. Tab from the heading to Sanne's radio group (past "Voorlezen", "Niet besproken" and
    //    "Later").
    await pressTimes(page, 'Tab', 4, () => focusInSanne(title), `Sanne's radios on "${title}"`);

    // 3. Set the level, counting from the radio that has focus (Tab lands on the checked one, or
    //    the first if none is): Space checks it if it is not yet, ArrowDown moves the choice on.
    //    Counting from focus rather than from the checked state keeps this right even when the
    //    card's checked state is refreshed by a late re-render (see radioMismatches).
    let at = -1;
    for (const [k, name] of RADIOS.entries()) if (await isFocused(radio(page, title, 'Sanne', name))) at = k;
    assert.notEqual(at, -1, `a radio of Sanne has focus on "${title}"`);
    if (!await radio(page, title, 'Sanne', RADIOS[at]).isChecked()) await page.keyboard.press('Space');
    const target = RADIOS.indexOf(chosen[title]);
    for (let k = 0; k < (target - at + RADIOS.length) % RADIOS.length; k++) await page.keyboard.press('ArrowDown');

    const r = radio(page, title, 'Sanne', chosen[title]);
    await waitChecked(r);
    await eventually(() => spot(page, title).getAttribute('aria-label').then((l) => l.includes(`Sanne: ${chosen[title]};`)),
      true, `the triangle shows Sanne: ${chosen[title]} for ${title}`);
    if (!await isFocused(r)) {
      problems.push(`after choosing "${chosen[title]}" for Sanne on "${title}", focus is on ${await describeFocus(page)}`);
      await r.focus();
    }
    // The focused option must be where a sighted keyboard user can see it.
    const box = await r.boundingBox();
    if (!box || box.x + box.width <= 0 || box.x >= 1024) {
      const where = box ? `x=${Math.round(box.x)}` : 'no box';
      const problem = `the focused radio "${chosen[title]}" (Sanne) is drawn off-screen (${where})`;
      if (!problems.some((p) => p.startsWith(problem))) problems.push(`${problem}, first on "${title}"`);
    }
  }

  // Every spot in the figure names Sanne's answer (the app's state, all themes at once).
  for (const title of titles) {
    const label = await spot(page, title).getAttribute('aria-label');
    assert.ok(label.startsWith(`${title}: Sanne: ${chosen[title]};`), `spot label: ${label}`);
  }

  // And every card shows it: walk the list again by keyboard and read Sanne's radios, once the
  // last change is saved (the save re-renders the card, which must not be what makes it right).
  await waitSaved(page);
  const mismatches = [];
  const skipAll = page.getByRole('group', { name: t('skip-all-label') }).getByRole('button', { name: t('skip-not-discussed') });
  await pressTimes(page, 'Shift+Tab', 2, () => isFocused(skipAll), '"Niet besproken"');
  for (const [i, title] of titles.entries()) {
    // From "Niet besproken" (past "Voorlezen") or from the card heading, Shift+Tab goes to the
    // list's last button.
    const back = titles.length - i + (i === 0 ? 1 : 0);
    await pressTimes(page, 'Shift+Tab', back, () => isFocused(themeButton(page, title)), `list button "${title}"`);
    await activate(title, 'Enter');
    const shown = await checkedFor(title);
    if (JSON.stringify(shown) !== JSON.stringify([chosen[title]])) {
      mismatches.push(`${title} / Sanne: expected ["${chosen[title]}"] checked, radios show ${JSON.stringify(shown)}`);
    }
  }

  // Both lists in one assertion, so a failure names every problem at once.
  assert.deepEqual({ mismatches, problems }, { mismatches: [], problems: [] },
    "revisiting each theme shows Sanne's answer as the checked radio, and focus goes where the app sends it");
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});

// ---------------------------------------------------------------------------------------------

test('screenshots of the triangle at tablet and phone size', async () => {
  const dir = outputDir('triangle');
  const outside = []; // options drawn outside their card, over both sizes
  for (const viewport of [{ width: 1024, height: 768 }, { width: 390, height: 844 }]) {
    const page = await app.newPage({ viewport });
    await openDemoTriangle(page);
    // A few answers so every colour and the hatching show in the figure.
    const answers = {
      'Groeien en bewegen': { Sanne: 'Kracht', Youssef: 'Gaat goed', 'Inge de Vries': 'Grote zorgen' },
      'Veiligheid': { Sanne: 'Kracht', Youssef: 'Kracht', 'Inge de Vries': 'Gaat goed' },
      'Werk en geld': { Sanne: 'Grote zorgen', Youssef: 'Een beetje zorgen' },
    };
    for (const [title, a] of Object.entries(answers)) {
      await showTheme(page, title);
      await rate(page, title, a);
      await eventually(() => spot(page, title).getAttribute('aria-label').then((l) => l.includes(`Sanne: ${a.Sanne};`)),
        true, `${title} drawn`);
    }
    await showTheme(page, 'Wonen');
    await themeCard(page, 'Wonen').getByRole('button', { name: t('skip-not-discussed') }).click();
    await eventually(() => sliceFills(spot(page, 'Wonen')), [SKIP_FILL, SKIP_FILL, SKIP_FILL], 'Wonen hatched');
    await waitSaved(page);

    // Each level in the legend carries a marker shape besides its colour square. The swatch is
    // an aria-hidden <svg> with no role or name, so a tag selector is the only way to reach it.
    const legend = page.getByRole('list', { name: t('legend-label') });
    const shapes = [];
    for (const level of LEVELS) {
      const item = legend.getByRole('listitem').filter({ has: page.getByText(level.label.nl, { exact: true }) });
      assert.equal(await item.count(), 1, `one legend entry for ${level.label.nl}`);
      const svg = await item.locator('svg').evaluate((s) => ({
        children: [...s.children].map((c) => c.tagName.toLowerCase()),
        // The shape: every swatch has the same size, so the same marker has the same outline.
        marker: s.children[1]?.getAttribute('d') ?? s.children[1]?.outerHTML,
        rectFill: s.querySelector('rect')?.getAttribute('fill'),
      }));
      assert.ok(svg.children.length > 1, `${level.label.nl}: a marker besides the colour square (${svg.children})`);
      assert.ok(svg.marker?.length > 10, `${level.label.nl}: the marker has an outline (${svg.marker})`);
      assert.equal(svg.rectFill, level.colour, `${level.label.nl}: the square has the level's colour`);
      shapes.push(svg.marker);
    }
    assert.equal(new Set(shapes).size, LEVELS.length, `the four markers differ in shape: ${shapes.join(' | ')}`);

    const file = path.join(dir, `triangle-${viewport.width}x${viewport.height}.png`);
    await page.screenshot({ path: file, fullPage: true });
    assert.ok(fs.statSync(file).size > 10_000, `${file} was written`);

    // Every option of every person lies inside the theme card (checked after the screenshot,
    // so the picture is there to look at when this fails).
    const card = themeCard(page, 'Wonen');
    const cardBox = await card.boundingBox();
    for (const name of RADIOS) {
      const box = await radio(page, 'Wonen', 'Sanne', name).boundingBox();
      if (!box || box.x < cardBox.x || box.x + box.width > cardBox.x + cardBox.width) {
        outside.push(`${viewport.width}x${viewport.height}: ${name} at x=${box ? Math.round(box.x) : '?'} (card spans ${Math.round(cardBox.x)}..${Math.round(cardBox.x + cardBox.width)})`);
      }
    }

    assert.deepEqual(page.errors, []);
    assertOnlyOwnRequests(page, app.baseUrl);
  }
  assert.deepEqual(outside, [], "every one of Sanne's options lies inside the theme card");
});
