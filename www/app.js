// Loads the app's WebAssembly. Kept as a file (not inline) so the Content-Security-Policy needs no inline script.
// Also: registers the service worker (offline use), lets a waiting new version take over at start
// (never during a visit), and keeps host messages that arrive before the app listens.
import init from './pkg/samenplan.js';

// A host page that embeds the app may send its configuration as soon as the frame has loaded,
// before the WebAssembly listens. Kept here (a few at most) until src/web/embed.rs takes them; it
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

// Tells the app (src/web/embed.rs) that a new version is installed and waits for the next start.
function updateReady() {
  document.documentElement.setAttribute('data-samenplan-update', 'ready');
  window.dispatchEvent(new Event('samenplan-update'));
}

/**
 * At start, before anything is open: a new version that is already installed takes over, and the
 * page loads again from it. Resolves to true when that reload is under way. The worker refuses
 * while another window of the app is open; then this visit keeps its version.
 */
async function takeWaitingUpdate(sw) {
  const reg = await sw.getRegistration();
  if (!reg?.waiting || !sw.controller) return false;
  const answer = new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => resolve(Boolean(e.data?.activating));
    reg.waiting.postMessage({ type: 'samenplan:activate' }, [channel.port2]);
    setTimeout(() => resolve(false), 3000);
  });
  if (!(await answer)) {
    updateReady();
    return false;
  }
  await new Promise((resolve) => {
    sw.addEventListener('controllerchange', resolve, { once: true });
    setTimeout(resolve, 3000);
  });
  window.location.reload();
  return true;
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

async function start() {
  const sw = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
  // Not in a browser without service workers, or where they are off (some private windows).
  if (sw && (await takeWaitingUpdate(sw).catch(() => false))) return;
  try {
    await init();
  } catch (err) {
    const root = document.getElementById('samenplan') || document.body;
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = 'Samenplan kon niet starten in deze browser. · Samenplan could not start in this browser.';
    root.replaceChildren(p);
    console.error(err);
    return;
  }
  if (sw) registerServiceWorker(sw).catch(() => {});
}

start();
