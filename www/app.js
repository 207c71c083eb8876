// Loads the app's WebAssembly. Kept as a file (not inline) so the Content-Security-Policy needs no inline script.
// Also: registers the service worker (offline use), tells the app when a new version is waiting,
// and keeps host messages that arrive before the app listens. (early.js compiles the WebAssembly
// and opens the database.)
import init from './pkg/samenplan.js';
import { isSplit, loadRest } from './split.js';

// A host page that embeds the app may send its configuration as soon as the frame has loaded,
// before the WebAssembly listens. Kept here (a few at most) until src/web/embed/ takes them; it
// checks the sender's origin against the deployment's allow-list, as for every later message.
const early = [];
const keep = (event) => {
  if (early.length < 10) early.push(event);
};
window.addEventListener('message', keep);
Object.defineProperty(window, 'samenplanTakeEarlyMessages', {
  value() {
    window.removeEventListener('message', keep);
    return early.splice(0);
  },
});

// QR codes (src/web/qr_client.rs): qr.js is imported on the first call only, so neither it nor the
// QR module is part of the app's first load. Returns the module: { qrSvg, startScanner }.
let qrModule = null;
Object.defineProperty(window, 'samenplanQr', {
  value() {
    if (!qrModule) {
      qrModule = import('./qr.js');
      qrModule.catch(() => { qrModule = null; }); // tried again on the next call
    }
    return qrModule;
  },
});

// Tells the app (src/web/embed/) that a new version is installed. It waits until every window of
// the app is closed and takes over at the next start: never during a visit, so a visit never
// mixes files of two versions (the browser's own service worker life cycle, no skipWaiting).
function updateReady() {
  document.documentElement.setAttribute('data-samenplan-update', 'ready');
  window.dispatchEvent(new Event('samenplan-update'));
}

/**
 * Registers the service worker, or (when one already runs this page) asks it to look for a new
 * version, only when online: offline there is nothing to find. Watches for a new version
 * installed while this visit goes on.
 */
async function registerServiceWorker(sw) {
  let reg = sw.controller ? await sw.getRegistration() : null;
  if (!reg) reg = await sw.register('sw.js', { updateViaCache: 'none' });
  else if (navigator.onLine) reg.update().catch(() => {});
  const watch = (worker) => {
    worker?.addEventListener('statechange', () => {
      // With a controller this is an update (the very first install has none).
      if (worker.state === 'installed' && sw.controller) updateReady();
    });
  };
  if (reg.waiting && sw.controller) updateReady();
  watch(reg.installing);
  reg.addEventListener('updatefound', () => watch(reg.installing));
}

// The rest of the app's code (split.js). The first screens wait for it (src/web/browser.rs,
// rest_of_app) before anything that is not theirs runs, so no tap needs code that is not there.
Object.defineProperty(window, 'samenplanRest', {
  value: () => (isSplit() ? loadRest() : Promise.resolve()),
});

// It loads once the first screen stands (src/web/browser.rs, announce_first_screen, says so), after that frame: it does not
// slow the first screen, and is there before anyone taps.
const firstScreenPainted = new Promise((resolve) => {
  window.addEventListener('samenplan-first-screen', () => requestAnimationFrame(() => setTimeout(resolve, 0)), { once: true });
});
firstScreenPainted.then(() => {
  if (isSplit()) loadRest().catch(() => {});
});
// The same wait for work that can come later (reading the instruments): never before the first
// screen is painted, so it does not start the rest's download while that screen is being made.
Object.defineProperty(window, 'samenplanRestLater', {
  value: () => firstScreenPainted.then(() => window.samenplanRest()),
});

// The service worker downloads every file of the app (for offline use): it waits until the first
// screen stands and the rest of the code is in, then for an idle moment, so it never competes
// with starting.
const idle = () => new Promise((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(resolve, { timeout: 2000 }) : setTimeout(resolve, 200)));
const readyForWorker = firstScreenPainted.then(() => window.samenplanRest()).catch(() => {}).then(idle);

async function start() {
  // Not in a browser without service workers, or where they are off (some private windows).
  const sw = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
  try {
    // The module early.js compiled while this script and its imports loaded; else (no early.js, or
    // it failed) the glue fetches and compiles it itself.
    const early = window.samenplanTakeEarlyWasm?.();
    const wasmUrl = new URL('./pkg/samenplan_bg.wasm', import.meta.url);
    await init(early ? { module_or_path: early.catch(() => fetch(wasmUrl)) } : undefined);
  } catch (err) {
    const root = document.getElementById('samenplan') || document.body;
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = 'Samenplan kon niet starten in deze browser. · Samenplan could not start in this browser.';
    root.replaceChildren(p);
    console.error(err);
    return;
  }
  if (sw) readyForWorker.then(() => registerServiceWorker(sw)).catch(() => {});
}

start();
