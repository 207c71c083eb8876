// Embedding: an organisation's page (another origin) shows the app with the custom element and
// with an iframe, configures both by message, and hears a confirmed plan. A page whose origin is
// not on the deployment's allow-list configures nothing and hears nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, unlock, t } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

const DIST = process.env.SAMENPLAN_DIST || path.resolve(import.meta.dirname, '..', '..', 'dist');

let browser; // the harness's Chromium (its own server is not used here)
let appServer, hostServer, foreignServer;
const dirs = [];

function tempDir(name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `samenplan-${name}-`));
  dirs.push(dir);
  return dir;
}

const origin = (url) => new URL(url).origin;

before(async () => {
  browser = await startApp();
  // Three origins: the host page, a foreign page, and the app (a copy of the build whose
  // config.json allows the host page only, and lets it hear events with the case file).
  const hostDir = tempDir('host');
  const foreignDir = tempDir('foreign');
  const appDir = tempDir('app');
  // Other sites' pages: not the app, so not under its policy (they frame it and run inline script).
  hostServer = await startServer({ root: hostDir, port: 0, appPolicy: false });
  foreignServer = await startServer({ root: foreignDir, port: 0, appPolicy: false });
  fs.cpSync(DIST, appDir, { recursive: true });
  fs.writeFileSync(path.join(appDir, 'config.json'), JSON.stringify({
    allowedOrigins: [origin(hostServer.url)],
    shareEvents: 'data',
    hostMayChange: ['organisation', 'colours', 'languages', 'language', 'instruments', 'wayOfWorking', 'safetyNextSteps', 'services'],
  }));
  appServer = await startServer({ root: appDir, port: 0 });

  // The host page is the shipped example, pointed at the app's address.
  const example = fs.readFileSync(path.join(DIST, 'embed-example.html'), 'utf8');
  const page = example
    .replace('<script type="module" src="embed.js">', `<script type="module" src="${appServer.url}embed.js">`)
    .replace('data-src="index.html?demo"', `data-src="${appServer.url}index.html?demo"`);
  assert.notEqual(page, example);
  fs.writeFileSync(path.join(hostDir, 'index.html'), page);

  // The foreign page frames the app too and tries to configure it the same way.
  fs.writeFileSync(path.join(foreignDir, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Not allowed</title><link rel="icon" href="data:,"></head><body>
<iframe id="f" title="Samenplan (foreign)" style="width:100%;height:40rem"></iframe>
<script type="module">
  window.heard = [];
  const frame = document.getElementById('f');
  addEventListener('message', (e) => { if (e.source === frame.contentWindow) window.heard.push(e.data); });
  frame.addEventListener('load', () => frame.contentWindow.postMessage({ type: 'samenplan:config',
    config: { language: 'en', colours: { brand: '#5b2a86' }, organisation: { name: 'Nep Organisatie' } } }, '${origin(appServer.url)}'));
  frame.src = '${appServer.url}index.html';
</script></body></html>`);
});

after(async () => {
  await browser?.close();
  await appServer?.close();
  await hostServer?.close();
  await foreignServer?.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** Fails on any request that is not for the given servers. */
function assertOnlyRequestsTo(page, urls) {
  const foreign = page.requests.filter((u) => !urls.some((b) => u.startsWith(b)) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, [], `requests elsewhere:\n  ${foreign.join('\n  ')}`);
}

/** The header's background colour inside a frame. */
async function headerColour(frame) {
  return frame.locator('header.top').evaluate((el) => getComputedStyle(el).backgroundColor);
}

/** What the host page heard, as its list shows it. */
function heard(page, text) {
  return page.getByRole('region', { name: 'What Samenplan told this page' }).getByRole('listitem').filter({ hasText: text });
}

test('the element and the iframe show the language, colour and logo their host page sends', async () => {
  const page = await browser.newPage();
  await page.goto(hostServer.url);
  await heard(page, 'element: configured').waitFor();
  await heard(page, 'iframe: configured').waitFor();

  // The element: English, purple, the organisation's name and logo, screening by default.
  const element = page.frameLocator('iframe[title="Samenplan (element)"]');
  await element.getByRole('heading', { name: t('setup-heading', {}, 'en') }).waitFor();
  await element.getByRole('banner').getByText('CJG Rivierstad').waitFor();
  assert.equal(await headerColour(element), 'rgb(91, 42, 134)');
  const logo = element.getByRole('banner').locator('img.org-logo');
  await logo.waitFor();
  assert.ok(await logo.evaluate((img) => img.complete && img.naturalWidth > 0), 'the logo (from the app) is shown');
  assert.equal(await element.locator('html').getAttribute('lang'), 'en');

  // The iframe: Dutch, the GGD's colour and name.
  const frame = page.frameLocator('iframe[title="Samenplan (iframe)"]');
  await frame.getByRole('heading', { name: t('setup-heading') }).waitFor();
  await frame.getByRole('banner').getByText('GGD Voorbeeldregio').waitFor();
  assert.equal(await headerColour(frame), 'rgb(0, 95, 115)');

  // Even the allowed page cannot widen what the deployment set.
  await page.evaluate(() => {
    const f = document.getElementById('samenplan-frame');
    f.contentWindow.postMessage({ type: 'samenplan:config', config: { shareEvents: 'data' } }, new URL(f.src).origin);
  });
  await heard(page, 'iframe: refused (shareEvents: can only be set in the deployment').waitFor();
  assert.equal(await headerColour(frame), 'rgb(0, 95, 115)', 'a refused message changes nothing');

  assert.deepEqual(page.errors, []);
  assertOnlyRequestsTo(page, [hostServer.url, appServer.url]);
});

test('a page whose origin is not allowed configures nothing and hears nothing', async () => {
  const page = await browser.newPage();
  await page.goto(foreignServer.url);
  const frame = page.frameLocator('iframe[title="Samenplan (foreign)"]');
  // The app marks the root once it listens (messages from before are handled by then).
  await frame.locator('html[data-samenplan-config]').waitFor({ state: 'attached' });
  assert.equal(await frame.locator('html').getAttribute('data-samenplan-config'), 'deployment');
  await frame.getByRole('heading', { name: t('setup-heading') }).waitFor();
  assert.equal(await frame.getByText('Nep Organisatie').count(), 0);
  assert.equal(await headerColour(frame), 'rgb(36, 82, 122)', 'the app keeps its own colour');
  assert.equal(await frame.locator('html').getAttribute('lang'), 'nl');
  assert.deepEqual(await page.evaluate(() => window.heard), [], 'no answer goes to a page that is not allowed');
  assert.deepEqual(page.errors, []);
  assertOnlyRequestsTo(page, [foreignServer.url, appServer.url]);
});

// The demo family's plan in the host page's iframe, agreed to by everyone: the professional's
// question whether to send it is open.
const PEOPLE = ['Sanne', 'Youssef', 'Noor', 'Inge de Vries', 'Oma Jet'];
const ORG = 'GGD Voorbeeldregio'; // the name the host page gives the iframe
async function everyoneAgreesInTheIframe(page) {
  await page.goto(hostServer.url);
  await heard(page, 'iframe: configured').waitFor();
  const frame = page.frameLocator('iframe[title="Samenplan (iframe)"]');
  await unlock(frame);
  await frame.getByRole('button', { name: /^Familie Zon/ }).click();
  await frame.getByRole('navigation', { name: t('steps-label') }).getByRole('button', { name: t('step-plan') }).click();
  for (const name of PEOPLE) {
    await frame.getByRole('button', { name: t('confirm-label', { name }) }).click();
    await frame.getByRole('button', { name: t('unconfirm-label', { name }) }).waitFor();
  }
  const dialog = frame.getByRole('alertdialog', { name: t('share-question-plan', { org: ORG }) });
  await dialog.waitFor();
  return { frame, dialog };
}

test('a confirmed plan reaches the allowed host, with the case file only when the professional agrees', async () => {
  const page = await browser.newPage();
  // Everyone agreed: the professional is asked first; nothing has gone out yet.
  const { frame, dialog } = await everyoneAgreesInTheIframe(page);
  await dialog.getByText(`(${origin(hostServer.url)})`).waitFor();
  assert.equal(await heard(page, 'plan-confirmed').count(), 0);
  await dialog.getByRole('button', { name: t('share-send', { org: ORG }) }).click();
  await heard(page, 'iframe: plan-confirmed, with the case file of Familie Zon').waitFor();
  await frame.getByRole('status').filter({ hasText: t('share-sent-plan', { org: ORG }) }).waitFor();
  const sent = await page.evaluate(() => window.samenplanHeard.find((h) => h.what === 'plan-confirmed'));
  assert.equal(sent.from, 'iframe');
  assert.equal(sent.data.format, 'samenplan-case');
  assert.equal(sent.data.plan.confirmations.length, PEOPLE.length);

  // Confirmed again after a change: this time the professional keeps the contents in the app.
  await frame.getByRole('button', { name: t('unconfirm-label', { name: 'Oma Jet' }) }).click();
  await frame.getByRole('button', { name: t('confirm-label', { name: 'Oma Jet' }) }).click();
  await dialog.getByRole('button', { name: t('share-keep') }).click();
  await frame.getByRole('status').filter({ hasText: t('share-told-plan', { org: ORG }) }).waitFor();
  await heard(page, /^iframe: plan-confirmed$/).waitFor();
  const all = await page.evaluate(() => window.samenplanHeard.filter((h) => h.what === 'plan-confirmed'));
  assert.equal(all.length, 2);
  assert.equal(all[1].data, undefined, 'no case data without the professional saying yes');
  // The element's frame (a different app instance on the page) heard nothing of this.
  assert.equal(all.filter((h) => h.from === 'element').length, 0);

  // The family withdraws its consent to share: the host hears nothing more, and the plan says why.
  await frame.getByRole('navigation', { name: t('steps-label') }).getByRole('button', { name: t('step-case') }).click();
  await frame.getByLabel(t('consent-shareWithOrganisation')).uncheck();
  await frame.getByRole('navigation', { name: t('steps-label') }).getByRole('button', { name: t('step-plan') }).click();
  await frame.getByText(t('plan-host-no-consent')).waitFor();
  await frame.getByRole('button', { name: t('unconfirm-label', { name: 'Oma Jet' }) }).click();
  await frame.getByRole('button', { name: t('confirm-label', { name: 'Oma Jet' }) }).click();
  await frame.getByRole('button', { name: t('unconfirm-label', { name: 'Oma Jet' }) }).waitFor();
  assert.equal(await dialog.count(), 0, 'asked to send without consent');
  assert.equal(await page.evaluate(() => window.samenplanHeard.filter((h) => h.what === 'plan-confirmed').length), 2);

  assert.deepEqual(page.errors, []);
  assertOnlyRequestsTo(page, [hostServer.url, appServer.url]);
});

test('a lock takes the host question off the page, and nothing is sent while locked', async () => {
  const page = await browser.newPage();
  const { frame, dialog } = await everyoneAgreesInTheIframe(page);
  // The professional steps away with the question open: the app locks.
  await frame.getByRole('button', { name: t('lock-now') }).click();
  await frame.getByRole('heading', { name: t('unlock-heading') }).waitFor();
  assert.equal(await frame.getByRole('alertdialog').count(), 0, 'no question stays on the lock screen');
  assert.equal(await frame.getByRole('button', { name: t('share-send', { org: /.*/ }) }).count(), 0);
  assert.equal(await frame.getByRole('button', { name: t('share-keep') }).count(), 0);
  // Unlocked again, the question does not come back, and the host heard nothing at all.
  await unlock(frame);
  await frame.getByRole('button', { name: /^Familie Zon/ }).waitFor();
  assert.equal(await frame.getByRole('alertdialog').count(), 0);
  const events = await page.evaluate(() => window.samenplanHeard.filter((h) => h.from === 'iframe' && h.what !== 'configured'));
  assert.deepEqual(events, [], 'nothing of the case reached the host page');
  assert.deepEqual(page.errors, []);
  assertOnlyRequestsTo(page, [hostServer.url, appServer.url]);
});
