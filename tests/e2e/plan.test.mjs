// From the triangle to the family's plan: agree on a need in the matrix, write a goal and
// agreements for the family, the network and a professional, confirm, review three months later.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, assertOnlyOwnRequests, openApp, unlock, t, tDate, axe, outputDir, step } from './harness.mjs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const GOAL = 'Rustig naar bed, zonder ruzie';
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// `who` is how the agreement's "who" list names a participant: "Sanne (Ouder of verzorger)".
const AGREEMENTS = [
  { name: 'Sanne', role: 'parent', what: 'Elke avond om half acht samen lezen', when: 'elke avond', carrier: t('carrier-family') },
  { name: 'Oma Jet', role: 'networkMember', what: 'Past op woensdagmiddag op Sem', when: 'elke woensdag', carrier: t('carrier-network') },
  { name: 'Inge de Vries', role: 'professional', what: 'Belt na twee weken hoe het gaat', when: 'over twee weken', carrier: t('carrier-professional') },
].map((a) => ({ ...a, who: `${a.name} (${t(`role-${a.role}`)})` }));

test('matrix, goal, three agreements, two confirmations and a review three months later, all kept', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl, '?demo');
  await page.getByRole('button', { name: /^Familie Zon/ }).click();

  // The matrix proposes; the family and the nurse decide.
  await step(page, t('step-matrix'));
  const need = page.getByRole('region', { name: 'Regels en grenzen' });
  await need.getByText(t('need-proposal')).waitFor();
  assert.equal(await need.getByRole('group', { name: t('severity-legend') }).getByRole('radio', { name: t('severity-light') }).isChecked(), true);
  await need.getByRole('group', { name: t('severity-legend') }).getByRole('radio', { name: t('severity-moderate') }).check();
  await need.getByLabel(t('support-legend')).selectOption({ label: t('support-ownStrength') });
  await need.getByText(`Regels en grenzen: ${t('severity-said-moderate')}`).waitFor();
  await need.getByText(t('support-said-ownStrength')).waitFor();
  const overview = page.getByRole('table', { name: t('matrix-overview') });
  await overview.getByRole('row', { name: new RegExp(`Regels en grenzen.*${esc(t('severity-moderate'))}.*${esc(t('support-ownStrength'))}`) }).waitFor();

  // The plan, in the family's words.
  await step(page, t('step-plan'));
  await page.getByLabel(t('goal-text-label')).fill(GOAL);
  await page.getByLabel(t('goal-need-label')).selectOption({ label: 'Regels en grenzen' });
  await page.getByRole('button', { name: t('goal-add') }).click();
  await page.getByRole('region', { name: t('plan-goals') }).getByText(GOAL).waitFor();
  // Added in the "wrong" order: the plan puts the family first, then the network, then professionals.
  for (const a of [AGREEMENTS[2], AGREEMENTS[1], AGREEMENTS[0]]) {
    await page.getByLabel(t('agreement-who-label'), { exact: true }).selectOption({ label: a.who });
    await page.getByLabel(t('agreement-what-label'), { exact: true }).fill(a.what);
    await page.getByLabel(t('agreement-when-label')).fill(a.when);
    await page.getByLabel(t('agreement-goal-label')).selectOption({ label: GOAL });
    await page.getByRole('button', { name: t('agreement-add') }).click();
    await page.getByRole('region', { name: a.carrier }).getByText(a.what).waitFor();
  }
  const agreementsText = await page.getByRole('region', { name: t('plan-agreements') }).innerText();
  const order = AGREEMENTS.map((a) => agreementsText.indexOf(a.what));
  assert.ok(order.every((p) => p >= 0) && order[0] < order[1] && order[1] < order[2], `family, network, professionals: ${order}`);

  await page.getByRole('button', { name: t('confirm-label', { name: 'Sanne' }) }).click();
  await page.getByRole('button', { name: t('confirm-label', { name: 'Youssef' }) }).click();
  const confirm = page.getByRole('region', { name: t('plan-confirm') });
  await confirm.getByRole('listitem').filter({ hasText: 'Sanne' }).getByText(t('confirmed-on', { date: /.+/ })).waitFor();
  await confirm.getByRole('listitem').filter({ hasText: 'Youssef' }).getByText(t('confirmed-on', { date: /.+/ })).waitFor();

  // Three months later: the review.
  await page.getByLabel(t('review-date-label')).fill('2027-02-16');
  await page.getByRole('button', { name: t('review-start') }).click();
  await page.getByRole('heading', { name: t('review-of', { date: tDate('2027-02-16') }) }).waitFor();
  const item = (a) => page.getByRole('group', { name: `${a.name}: ${a.what}` });
  await item(AGREEMENTS[0]).getByRole('radio', { name: t('outcome-done'), exact: true }).check();
  await item(AGREEMENTS[1]).getByRole('radio', { name: t('outcome-partly') }).check();
  await item(AGREEMENTS[1]).getByLabel(t('review-why')).fill('Twee keer ziek geweest');
  await page.getByRole('checkbox', { name: t('review-goal-reached', { goal: GOAL }) }).check();
  await page.getByRole('status').filter({ hasText: t('save-saved') }).waitFor();

  // Reload: everything kept, and the timeline shows both visits.
  await page.reload();
  await unlock(page);
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await step(page, t('step-matrix'));
  assert.equal(await page.getByRole('region', { name: 'Regels en grenzen' }).getByRole('radio', { name: t('severity-moderate') }).isChecked(), true);
  await step(page, t('step-plan'));
  await page.getByRole('region', { name: t('plan-goals') }).getByText(t('goal-reached-on', { date: tDate('2027-02-16') })).waitFor();
  for (const a of AGREEMENTS) await page.getByRole('region', { name: a.carrier }).getByText(a.what).waitFor();
  assert.equal(await item(AGREEMENTS[0]).getByRole('radio', { name: t('outcome-done'), exact: true }).isChecked(), true);
  assert.equal(await item(AGREEMENTS[1]).getByLabel(t('review-why')).inputValue(), 'Twee keer ziek geweest');
  const timeline = page.getByRole('region', { name: t('timeline-heading') }).getByRole('listitem');
  // The family's triangle and Noor's own at the first visit, then the review.
  assert.equal(await timeline.count(), 3);
  // Each entry: its date, then its sentence (the count in brackets left out).
  const entry = (date, text) => new RegExp(`${esc(tDate(date))}.*${esc(text.replace(/\s*\(.*$/, ''))}`, 's');
  assert.match(await timeline.nth(0).innerText(), entry('2026-11-16', t('timeline-assessment', { count: 1 })));
  assert.match(await timeline.nth(1).innerText(), entry('2026-11-16', t('timeline-own', { name: 'Noor', count: 1 })));
  assert.match(await timeline.nth(2).innerText(), entry('2027-02-16', t('timeline-review', { done: 1, partly: 1, notdone: 0, open: 1 })));

  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});

test('the check date goes into the family\'s own calendar as a file with only its date and their title', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl, '?demo');
  await page.getByRole('button', { name: /^Familie Zon/ }).click();
  await step(page, t('step-plan'));
  // Offered once there is a date to check on.
  const add = page.getByRole('button', { name: t('check-calendar-add') });
  assert.equal(await add.count(), 0);
  await page.getByLabel(t('plan-review-date')).fill('2027-03-01');
  const title = page.getByLabel(t('check-calendar-title-label'));
  await title.waitFor();
  assert.equal(await title.inputValue(), t('check-calendar-title-default'));
  const chosen = 'Samen terugkijken; koffie, thee en taart';
  await title.fill(chosen);
  assert.deepEqual(await axe(page), []);
  const [dl] = await Promise.all([page.waitForEvent('download'), add.click()]);
  assert.equal(dl.suggestedFilename(), 'samenplan-2027-03-01.ics');
  const file = path.join(outputDir('plan'), dl.suggestedFilename());
  await dl.saveAs(file);
  await page.getByRole('status').filter({ hasText: t('check-calendar-saved', { name: 'samenplan-2027-03-01.ics' }) }).waitFor();
  // A real iCalendar parser reads one all-day event on that date with the family's title.
  const read = JSON.parse(execFileSync('/usr/bin/python3', ['-c', `
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
ev = [c for c in cal.walk() if c.name == 'VEVENT']
print(json.dumps([{k: (c.decoded(k).isoformat() if k.startswith('DT') else str(c[k])) for k in c.keys()} for c in ev]))
`, file], { encoding: 'utf8' }));
  assert.equal(read.length, 1);
  assert.equal(read[0].SUMMARY, chosen);
  assert.equal(read[0].DTSTART, '2027-03-01');
  assert.equal(read[0].DTEND, '2027-03-02');
  assert.deepEqual(Object.keys(read[0]).sort(), ['DTEND', 'DTSTAMP', 'DTSTART', 'SUMMARY', 'TRANSP', 'UID']);
  // Nothing of the family is in the file but the title they typed.
  const text = fs.readFileSync(file, 'utf8');
  for (const word of ['Zon', 'Sanne', 'Youssef', 'Noor', 'Noëlle', 'demo']) assert.ok(!text.includes(word), `${word} in the calendar file`);
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});

test('a family without worries gets a kind "no extra support needed"', async () => {
  const page = await app.newPage();
  await openApp(page, app.baseUrl);
  await page.getByLabel(t('new-alias-label'), { exact: true }).fill('Familie Licht');
  await page.getByRole('button', { name: t('new-create'), exact: true }).click();
  await page.getByLabel(t('participant-name-label'), { exact: true }).fill('Mo');
  await page.getByRole('button', { name: t('participant-add') }).click();
  await step(page, t('step-triangle'));
  await page.getByRole('group', { name: 'Mo' }).getByRole('radio', { name: 'Gaat goed' }).check();
  await step(page, t('step-matrix'));
  await page.getByText(t('matrix-none')).waitFor();
  await step(page, t('step-plan'));
  await page.getByText(t('plan-no-needs')).waitFor();
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);
});
