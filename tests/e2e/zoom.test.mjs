// WCAG 2.2 AA on every screen, beyond what axe-core can see: touch targets of at least 44x44 CSS
// px (tablet and phone), browser zoom to 200 % and text-only zoom to 200 % without horizontal
// scrolling, cut-off text or unreachable controls, and no motion when the device asks for less.
// Screenshots at 200 % go to tests/e2e/output/zoom/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp, assertOnlyOwnRequests, outputDir, PASSPHRASE, t, tDate } from './harness.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const MIN = 44; // CSS px, each side of a hit area

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/**
 * Walks through every screen with the demo family, calling `at(name)` on each: the setup screen,
 * the start list (with import and the device settings), the family, the triangle with a theme
 * card, the comparison, the matrix, the circle with its list view and a person's details, the
 * plan, a review, sharing and export, and the locked screen.
 */
async function tour(page, at) {
  await page.goto(`${app.baseUrl}?demo`);
  await page.getByLabel(t('passphrase-new-label')).waitFor();
  await at('setup');
  await page.getByLabel(t('passphrase-new-label')).fill(PASSPHRASE);
  await page.getByLabel(t('passphrase-again-label')).fill(PASSPHRASE);
  await page.getByRole('button', { name: t('setup-submit') }).click();
  await page.getByRole('heading', { name: t('cases-heading') }).waitFor({ timeout: 30_000 });
  await page.getByRole('heading', { name: t('device-heading'), exact: true }).waitFor();
  await at('start');
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  const steps = page.getByRole('navigation', { name: t('steps-label') });
  const step = async (name, ready) => {
    await steps.getByRole('button', { name, exact: true }).click();
    await ready.waitFor();
  };
  await step(t('step-case'), page.getByRole('heading', { name: t('family-heading'), exact: true }));
  await at('family');
  await step(t('step-triangle'), page.locator('svg.triangle'));
  await at('triangle');
  const themes = page.getByRole('navigation', { name: t('themes-label') }).getByRole('button');
  const title = (await themes.nth(2).innerText()).split('\n')[0].trim();
  await themes.nth(2).click();
  await page.getByRole('region', { name: title, exact: true }).getByRole('radio').first().waitFor();
  await at('theme-card');
  await page.getByRole('button', { name: t('view-compare') }).click();
  await page.getByRole('heading', { name: t('compare-heading') }).waitFor();
  await at('compare');
  await step(t('step-matrix'), page.getByRole('heading', { name: t('matrix-heading') }));
  await at('matrix');
  await step(t('step-circle'), page.getByRole('region', { name: t('circle-list') }));
  await at('circle');
  await page.getByRole('region', { name: t('circle-list') }).getByRole('button', { name: new RegExp(`^${t('circle-edit-label', { name: /.+/ }).source}`) }).first().click();
  await page.getByRole('region', { name: new RegExp(`^${t('circle-edit-heading', { name: /.+/ }).source}`) }).waitFor();
  await at('circle-person');
  await step(t('step-plan'), page.getByRole('heading', { name: t('plan-heading', { family: 'Familie Zon' }) }));
  // The demo family has no plan yet: a goal and an agreement, so the plan and a review have content.
  const goal = 'Rustiger naar bed';
  await page.getByLabel(t('goal-text-label')).fill(goal);
  await page.getByLabel(t('goal-need-label')).selectOption({ index: 1 });
  await page.getByRole('button', { name: t('goal-add') }).click();
  await page.getByRole('region', { name: t('plan-goals') }).getByText(goal).waitFor();
  await page.getByLabel(t('agreement-who-label'), { exact: true }).selectOption({ index: 1 });
  await page.getByLabel(t('agreement-what-label'), { exact: true }).fill('Voorlezen en dan het licht uit');
  await page.getByLabel(t('agreement-when-label')).fill('elke avond');
  await page.getByLabel(t('agreement-goal-label')).selectOption({ label: goal });
  await page.getByRole('button', { name: t('agreement-add') }).click();
  await page.getByText('Voorlezen en dan het licht uit').first().waitFor();
  await at('plan');
  await page.getByLabel(t('review-date-label')).fill('2027-02-16');
  await page.getByRole('button', { name: t('review-start') }).click();
  await page.getByRole('heading', { name: t('review-of', { date: tDate('2027-02-16') }) }).waitFor();
  await at('review');
  await step(t('step-export'), page.getByRole('heading', { name: t('export-heading') }));
  await at('export');
  await page.getByRole('button', { name: t('lock-now') }).click();
  await page.getByRole('heading', { name: t('unlock-heading') }).waitFor();
  await at('locked');
}

/**
 * In the page: the helpers shared by every check. Returns an object; run with page.evaluate.
 * `controls()` lists every visible interactive element with its accessible name, a selector and
 * its hit area (a checkbox's or radio's label counts; an SVG control's `.hit` shape is its area).
 */
function pageTools() {
  const CONTROLS = [
    'button', 'a[href]', 'input:not([type="hidden"])', 'select', 'textarea', 'summary',
    '[role="button"]', '[role="radio"]', '[role="checkbox"]', '[role="tab"]', '[role="option"]',
    '[role="slider"]', '[tabindex="0"]',
  ].join(',');
  const shown = (el) => el.checkVisibility({ checkVisibilityCSS: true })
    && el.getClientRects().length > 0;
  const tiny = (r) => r.width <= 1 || r.height <= 1; // visually hidden
  const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const name = (el) => {
    const by = el.getAttribute('aria-labelledby');
    return squash(el.getAttribute('aria-label')
      || (by && by.split(/\s+/).map((id) => document.getElementById(id)?.textContent).join(' '))
      || (el.labels && [...el.labels].map((l) => l.textContent).join(' '))
      || el.textContent || el.getAttribute('title') || el.getAttribute('placeholder')
      || el.value).slice(0, 70);
  };
  const selector = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += `#${el.id}`;
    const cls = el.getAttribute('class');
    if (cls) s += cls.trim().split(/\s+/).slice(0, 3).map((c) => `.${c}`).join('');
    if (el.getAttribute('type')) s += `[type=${el.getAttribute('type')}]`;
    return s;
  };
  // A link inside running text (WCAG 2.5.8 exempts it): inline, with words of its own sentence beside it.
  const inlineLink = (el) => el.tagName === 'A' && getComputedStyle(el).display === 'inline'
    && [...el.parentElement.childNodes].some((n) => n !== el && n.nodeType === 3 && n.textContent.trim());
  // The element whose box is the hit area: a checkbox's or radio's label, an SVG control's .hit shape.
  const hitBox = (el) => {
    let box = el;
    const area = (e) => { const r = e.getBoundingClientRect(); return r.width * r.height; };
    if (el.tagName === 'INPUT' && /^(checkbox|radio)$/.test(el.type)) {
      for (const l of el.labels || []) if (shown(l) && area(l) > area(box)) box = l;
    } else if (el instanceof SVGElement && el.querySelector('.hit')) {
      box = el.querySelector('.hit');
    }
    return box;
  };
  const hitRect = (el) => hitBox(el).getBoundingClientRect();
  const controls = () => [...document.querySelectorAll(CONTROLS)]
    .filter((el) => shown(el) && !inlineLink(el))
    .filter((el, i, all) => all.indexOf(el) === i)
    .map((el) => ({ el, name: name(el), sel: selector(el), rect: hitRect(el) }));
  return { CONTROLS, shown, tiny, squash, name, selector, controls, hitBox, hitRect };
}

/**
 * Touch targets smaller than MIN x MIN CSS px, as readable lines. A figure's controls (SVG) sit
 * close together, so for them the test also taps the four points MIN/2 - 2 px from the centre
 * (scrolled into view first): each must land on the control itself, not on a neighbour.
 */
async function smallTargets(page) {
  return page.evaluate(({ tools, min }) => {
    const t = new Function(`return (${tools})()`)();
    const out = [];
    for (const { el, name, sel, rect } of t.controls()) {
      // Visually hidden (1 px) controls are not targets; their visible label is measured instead.
      if (t.tiny(rect)) continue;
      // A spot of the triangle may be smaller on a narrow screen, where the whole figure must stay
      // in view: its theme's button in the theme list below is the equivalent control (WCAG 2.5.8's
      // exception), and that button is measured like every other control.
      const title = el.closest('svg.triangle') ? (el.getAttribute('aria-label') || '').split(':')[0] : '';
      const equivalent = title && [...document.querySelectorAll('.theme-list button')]
        .some((b) => t.squash(b.textContent).startsWith(title));
      if (equivalent) continue;
      if (rect.width < min - 0.5 || rect.height < min - 0.5) {
        out.push(`"${name}" ${sel} ${rect.width.toFixed(1)}x${rect.height.toFixed(1)}`);
      } else if (el instanceof SVGElement) {
        t.hitBox(el).scrollIntoViewIfNeeded(true);
        const r = t.hitRect(el);
        const [x, y, d] = [r.left + r.width / 2, r.top + r.height / 2, min / 2 - 2];
        const lost = [[x - d, y], [x + d, y], [x, y - d], [x, y + d]]
          .map(([px, py]) => document.elementFromPoint(px, py))
          .filter((hit) => !hit || !el.contains(hit));
        if (lost.length) out.push(`"${name}" ${sel}: ${lost.length} of 4 taps near its edge land on ${lost.map((h) => (h ? t.selector(h) : 'nothing')).join(', ')}`);
      }
    }
    window.scrollTo(0, 0);
    return out;
  }, { tools: pageTools.toString(), min: MIN });
}

/** Fails with one line per problem (not a diff of two arrays). */
function assertNone(problems, what) {
  if (problems.length) assert.fail(`${problems.length} ${what}:\n  ${problems.join('\n  ')}`);
}

/**
 * Problems at the current zoom: horizontal page scroll, text cut off by an overflow: hidden/clip
 * box or by an SVG's edge, text outside the window sideways, and controls that cannot be
 * scrolled into view or are covered there.
 */
async function zoomProblems(page) {
  return page.evaluate(async ({ tools }) => {
    const t = new Function(`return (${tools})()`)();
    const out = [];
    const root = document.scrollingElement;
    const vw = root.clientWidth;
    const vh = window.innerHeight;
    if (root.scrollWidth > vw + 1) out.push(`the page scrolls sideways: ${root.scrollWidth}px wide in a ${vw}px window`);

    // Text cut off by a box that hides its overflow.
    for (const el of document.body.querySelectorAll('*')) {
      if (!(el instanceof HTMLElement) || /^(INPUT|SELECT|TEXTAREA|OPTION|IMG)$/.test(el.tagName)) continue;
      const cs = getComputedStyle(el);
      // Paint containment clips as overflow: hidden does (a status line of fixed size, say).
      const contained = /paint|strict|content/.test(cs.contain);
      const hideX = contained || /hidden|clip/.test(cs.overflowX);
      const hideY = contained || /hidden|clip/.test(cs.overflowY);
      if (!hideX && !hideY) continue;
      if (!t.shown(el) || el.clientWidth <= 2 || el.clientHeight <= 2 || !el.textContent.trim()) continue;
      const cutX = hideX && el.scrollWidth > el.clientWidth + 1;
      const cutY = hideY && el.scrollHeight > el.clientHeight + 1;
      if (cutX || cutY) {
        out.push(`text cut off in ${t.selector(el)} "${t.squash(el.textContent).slice(0, 50)}": `
          + `content ${el.scrollWidth}x${el.scrollHeight} in a ${el.clientWidth}x${el.clientHeight} box`);
      }
    }
    // A select too narrow for the option it shows (its text is cut off at the arrow).
    const ctx = document.createElement('canvas').getContext('2d');
    for (const sel of document.querySelectorAll('select')) {
      const option = sel.selectedOptions[0];
      if (!option || !t.shown(sel)) continue;
      const cs = getComputedStyle(sel);
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const need = ctx.measureText(option.textContent.trim()).width;
      const room = sel.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20; // the arrow
      if (need > room + 1) {
        out.push(`select too narrow: "${t.squash(option.textContent)}" needs ${need.toFixed(0)}px, `
          + `${t.name(sel)} ${t.selector(sel)} has ${room.toFixed(0)}px`);
      }
    }
    // SVG text beyond its figure's edge.
    for (const svg of document.querySelectorAll('svg')) {
      if (!t.shown(svg)) continue;
      const box = svg.getBoundingClientRect();
      for (const txt of svg.querySelectorAll('text')) {
        const r = txt.getBoundingClientRect();
        if (!txt.textContent.trim() || r.width === 0) continue;
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
          out.push(`figure text cut off at the edge: "${t.squash(txt.textContent).slice(0, 50)}" in ${t.selector(svg)}`);
        }
      }
    }
    // Text sideways outside the window (text in a sideways-scrolling box, like a wide table, is reachable).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const scrollsSideways = (el) => {
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        if (/auto|scroll/.test(getComputedStyle(e).overflowX)) return true;
      }
      return false;
    };
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!n.textContent.trim() || !parent || !t.shown(parent) || parent.closest('.visually-hidden, a.skip')) continue;
      if (t.tiny(parent.getBoundingClientRect())) continue;
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        if ((r.left < -1 || r.right > vw + 1) && !scrollsSideways(parent)) {
          out.push(`text outside the window sideways: "${t.squash(n.textContent).slice(0, 50)}" `
            + `(${r.left.toFixed(0)}..${r.right.toFixed(0)} of ${vw})`);
          break;
        }
      }
    }
    // Every control can be brought into view and is not covered there.
    for (const { el, name, sel } of t.controls()) {
      if (el.closest('a.skip') || t.tiny(el.getBoundingClientRect())) continue;
      t.hitBox(el).scrollIntoViewIfNeeded(true);
      // A part of the screen skipped while out of view (content-visibility: auto) is drawn in the
      // first frame after it comes into view, as a person sees it: look then, not before.
      if (!el.checkVisibility({ contentVisibilityAuto: true })) {
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      }
      const r = t.hitRect(el);
      if (r.left < -1 || r.right > vw + 1 || r.bottom <= 0 || r.top >= vh) {
        out.push(`control out of reach: "${name}" ${sel} at ${r.left.toFixed(0)},${r.top.toFixed(0)} `
          + `${r.width.toFixed(0)}x${r.height.toFixed(0)} in a ${vw}x${vh} window`);
        continue;
      }
      const x = (Math.max(r.left, 0) + Math.min(r.right, vw)) / 2;
      const y = (Math.max(r.top, 0) + Math.min(r.bottom, vh)) / 2;
      const hit = document.elementFromPoint(x, y);
      const own = hit && (hit === el || el.contains(hit) || hit.contains(el)
        || [...(el.labels || [])].some((l) => l.contains(hit)));
      if (!own) out.push(`control covered: "${name}" ${sel} under ${hit ? t.selector(hit) : 'nothing'}`);
    }
    for (const e of document.querySelectorAll('.table-wrap, .tri-figure, .circle-figure')) e.scrollLeft = 0;
    window.scrollTo(0, 0);
    return out;
  }, { tools: pageTools.toString() });
}

/** Elements (and ::before/::after) whose transition or animation lasts longer than 0.01 s. */
async function moving(page) {
  return page.evaluate((tools) => {
    const t = new Function(`return (${tools})()`)();
    const longest = (v) => Math.max(0, ...String(v || '').split(',').map((s) => {
      const x = parseFloat(s);
      if (Number.isNaN(x)) return 0; // 'auto' with no animation
      return s.trim().endsWith('ms') ? x / 1000 : x;
    }));
    const out = [];
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const cs = getComputedStyle(el, pseudo);
        const tr = longest(cs.transitionDuration);
        const an = cs.animationName === 'none' ? 0 : longest(cs.animationDuration);
        if (tr > 0.01 || an > 0.01) out.push(`${t.selector(el)}${pseudo || ''}: transition ${tr}s, animation ${an}s`);
      }
    }
    return out;
  }, pageTools.toString());
}

/**
 * The font size of every shown element with text of its own, outside the figures (their SVG
 * text is sized in the figure's units and grows with the figure), as [description, px]. The print
 * version (pt sizes) is not shown on screen.
 */
async function textSizes(page) {
  return page.evaluate(() => [...document.body.querySelectorAll('*')]
    .filter((el) => el instanceof HTMLElement && !el.closest('svg') && el.checkVisibility()
      && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
    .map((el) => [`${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}"`, parseFloat(getComputedStyle(el).fontSize)]));
}

test('touch targets are at least 44x44 CSS px on every screen, on a tablet and a phone', async () => {
  const page = await app.newPage({ viewport: { width: 1024, height: 768 } });
  const problems = [];
  let controls = 0;
  await tour(page, async (screen) => {
    for (const viewport of [{ width: 1024, height: 768 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(viewport);
      controls += await page.evaluate((tools) => new Function(`return (${tools})()`)().controls().length, pageTools.toString());
      for (const p of await smallTargets(page)) problems.push(`${screen} ${viewport.width}x${viewport.height}: ${p}`);
    }
    await page.setViewportSize({ width: 1024, height: 768 });
  });
  assert.ok(controls > 200, `only ${controls} controls measured: the tour missed screens`);
  assertNone(problems, `touch targets under ${MIN}x${MIN} px`);
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});

test('at 200 % browser zoom and 200 % text size nothing scrolls sideways, is cut off or out of reach', async () => {
  // Browser zoom 200 %: a 1366x768 tablet shows a 683x384 CSS px window, a 1024x768 one 512x384.
  const page = await app.newPage({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });
  const dir = outputDir('zoom');
  const problems = [];
  // :root sets font-size: 100%, which outranks a plain `html` rule: hence !important.
  const BIG_TEXT = 'html { font-size: 200% !important; }';
  await tour(page, async (screen) => {
    for (const viewport of [{ width: 683, height: 384 }, { width: 512, height: 384 }]) {
      await page.setViewportSize(viewport);
      const size = `${viewport.width}x${viewport.height}`;
      for (const p of await zoomProblems(page)) problems.push(`${screen} at 200 % (${size}): ${p}`);
      await page.screenshot({ path: `${dir}/${screen}-zoom200-${size}.png`, fullPage: true });
    }
    // Text only at 200 % on a 1024x768 tablet: the CSS sizes text and boxes in rem/em.
    await page.setViewportSize({ width: 1024, height: 768 });
    const before = await textSizes(page);
    const style = await page.addStyleTag({ content: BIG_TEXT });
    const after = await textSizes(page);
    assert.equal(after.length, before.length);
    after.forEach(([what, size], i) => {
      if (size < 1.9 * before[i][1]) problems.push(`${screen}: text that does not grow with the text size (px?): ${what} ${before[i][1]}px -> ${size}px`);
    });
    for (const p of await zoomProblems(page)) problems.push(`${screen} with 200 % text (1024x768): ${p}`);
    await page.screenshot({ path: `${dir}/${screen}-text200-1024x768.png`, fullPage: true });
    await style.evaluate((s) => s.remove());
  });
  assertNone(problems, 'problems at 200 %');
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});

test('with reduced motion asked for, nothing moves', async () => {
  const css = fs.readFileSync(path.join(REPO, 'www', 'style.css'), 'utf8');
  assert.match(css, /@media\s*\(\s*prefers-reduced-motion:\s*reduce\s*\)/, 'style.css has no prefers-reduced-motion rule');
  const page = await app.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const problems = [];
  await tour(page, async (screen) => {
    for (const p of await moving(page)) problems.push(`${screen}: ${p}`);
  });
  assertNone(problems, 'moving elements with reduced motion');
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});
