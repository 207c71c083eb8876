// QR codes (www/qr.js, the QR worker module): a code drawn in the browser is read by another reader
// (zbarimg), and the camera scanner reads it from a camera (Chromium's fake camera playing a Y4M
// video made of the screenshot of that code). Neither is loaded with the app itself.
//
// Headless Chromium on Linux has no BarcodeDetector (the test records what it finds), so the scan
// here goes through the QR worker's decoder (rqrr); where BarcodeDetector knows QR codes, qr.js
// uses it instead and the worker is not loaded for scanning.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startApp, assertOnlyOwnRequests, outputDir, pngsToY4m, t } from './harness.mjs';

const OUT = outputDir('qr');
// An opaque ASCII payload like the co-fill invitation's (base64url characters), 400 long.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const TEXT = 'SPTEST-' + Array.from({ length: 400 }, (_, i) => ALPHABET[(i * 37 + ((i * i) % 11)) % 64]).join('');

let app;
let camera;
before(async () => {
  app = await startApp();
});
after(async () => {
  await camera?.close();
  await app?.close();
});

const qrFetched = (page) =>
  page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name).filter((u) => /\/qr(\.js|-worker\.js|\/)/.test(u)),
  );

/** Opens the app's start page (the lock) and waits until the app runs. */
async function openStart(page, baseUrl) {
  await page.goto(baseUrl);
  await page.getByLabel(t('passphrase-new-label')).waitFor();
  assert.deepEqual(await qrFetched(page), [], 'the QR part was loaded with the app');
}


test('qr.js draws a code that zbarimg reads, and the camera scanner reads it from a camera', async () => {
  const page = await app.newPage();
  await openStart(page, app.baseUrl);

  // Drawing: qr.js (imported as the app does, same origin) and the QR worker make the SVG.
  const svg = await page.evaluate(async (text) => {
    const { qrSvg } = await import('/qr.js');
    const svg = await qrSvg(text);
    const box = document.createElement('div');
    box.id = 'qr-test';
    box.style.cssText = 'position:fixed;inset:0 auto auto 0;z-index:99999;padding:24px;background:#fff';
    const img = document.createElement('img');
    img.alt = 'QR';
    img.src = 'data:image/svg+xml,' + encodeURIComponent(svg);
    box.append(img);
    document.body.append(box);
    await img.decode();
    return svg;
  }, TEXT);
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="(\d+)" height="\1" viewBox="0 0 (\d+) \2" shape-rendering="crispEdges">/);
  const [, px, modules] = svg.match(/width="(\d+)".*viewBox="0 0 (\d+) /);
  assert.equal(Number(px), Number(modules) * 4, '4 px a module');
  // (The worker's own fetches, of the module, are in the worker's timeline, not the page's.)
  assert.ok((await qrFetched(page)).some((u) => u.endsWith('/qr-worker.js')), 'the QR worker was started now');
  const pngPath = path.join(OUT, 'code.png');
  await page.locator('#qr-test').screenshot({ path: pngPath });
  // (zbarimg's stderr, noise about D-Bus here, is kept out of the test's output.)
  const read = execFileSync('zbarimg', ['--raw', '-q', pngPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(read.replace(/\n$/, ''), TEXT, 'zbarimg reads the text back');

  // Too much for one code: refused, not cut short.
  const tooLong = await page.evaluate(async () => {
    const { qrSvg } = await import('/qr.js');
    return qrSvg('x'.repeat(3000)).then(() => 'made', (err) => err.message);
  });
  assert.equal(tooLong, 'too long');

  // No camera in this browser: the scanner says so by name, and leaves nothing running.
  const without = await page.evaluate(async () => {
    const { startScanner } = await import('/qr.js');
    const video = document.createElement('video');
    return startScanner(video, () => {}).then(
      (s) => (s.stop(), 'started'),
      (err) => err.name,
    );
  });
  console.log(`startScanner without a camera: ${without}`);
  assert.ok(['NoCamera', 'Denied'].includes(without), `without a camera: ${without}`);

  // The screenshot as a camera: 30 frames of it, played in a loop by Chromium's fake camera.
  const y4m = path.join(OUT, 'code.y4m');
  fs.writeFileSync(y4m, await pngsToY4m(page, [pngPath], 30));
  assert.deepEqual(page.errors, []);
  assertOnlyOwnRequests(page, app.baseUrl);

  camera = await startApp({
    extraArgs: [
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${y4m}`,
    ],
  });
  const cam = await camera.newPage();
  await openStart(cam, camera.baseUrl);
  const scanned = await cam.evaluate(async () => {
    const detector = typeof BarcodeDetector === 'function';
    const { startScanner } = await import('/qr.js');
    const video = document.createElement('video');
    video.setAttribute('aria-label', 'camera');
    document.body.append(video);
    const texts = [];
    let scanner;
    const first = new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error('nothing read in 20 s')), 20_000);
      startScanner(video, (text) => {
        texts.push(text);
        resolve(text);
      }).then((s) => { scanner = s; }, reject);
    });
    const text = await first;
    // The same code keeps being in view: it is not reported again.
    await new Promise((r) => setTimeout(r, 1000));
    const tracks = video.srcObject.getTracks();
    scanner.stop();
    return {
      detector,
      text,
      reports: texts.length,
      stopped: tracks.every((t) => t.readyState === 'ended') && video.srcObject === null,
    };
  });
  console.log(`BarcodeDetector in headless Chromium: ${scanned.detector ? 'yes' : 'no (the rqrr worker read the code)'}`);
  assert.equal(scanned.text, TEXT, 'the scanner reads the text back');
  assert.equal(scanned.reports, 1, 'one report per text per scan');
  assert.ok(scanned.stopped, 'stop() closes the camera');
  if (!scanned.detector) {
    assert.ok((await qrFetched(cam)).some((u) => u.endsWith('/qr-worker.js')), 'the worker read the frames');
  }
  assert.deepEqual(cam.errors, []);
  assertOnlyOwnRequests(cam, camera.baseUrl);
});
