// Samenplan's service worker: keeps the app's own files on the device, so that a nurse who opened
// Samenplan once can start it in a house without network.
//
// What it never does: touch IndexedDB, cache anything that is not one of the app's own static
// files, or handle anything but GET requests to this origin. Case data lives (encrypted) in
// IndexedDB only; downloads are blob: URLs, which never reach a service worker.
//
// scripts/build replaces the BUILD line with the build's version (a hash of every file listed)
// and the file lists, so a new build is a new sw.js: the browser installs it beside the old one,
// app.js says "a new version is ready", and it takes over once every window of the app is closed,
// that is at the next start, never during a visit.
// `files`: the app itself, all cached at install or the install fails. `later`: the PDF worker,
// its module and fonts, and the QR worker and its module, cached at install too when they can be
// (so a PDF can be made and a QR code drawn or read offline), else on first use.

const BUILD = { version: 'dev', files: [], later: [] }; // replaced by scripts/build

const PREFIX = 'samenplan-';
const CACHE = PREFIX + BUILD.version;
// Files a deployment may change in place without a new build (README: instruments are data):
// asked from the network first, the cached copy when offline or slow.
const DATA = [/^config\.json$/, /^instruments\//];
// Cached on first use when the install could not (the PDF and QR workers' files).
const ON_USE = [/^pdf-worker\.js$/, /^pdf\//, /^fonts\//, /^qr-worker\.js$/, /^qr\//];
const NETWORK_WAIT_MS = 3000;

const scope = new URL(self.registration.scope);

/** The path of a same-origin URL inside the app's scope, or null. */
function inScope(url) {
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return null;
  return url.pathname.slice(scope.pathname.length);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // cache: 'reload' skips the HTTP cache, so the files are this build's.
      await cache.addAll(BUILD.files.map((f) => new Request(f, { cache: 'reload' })));
      await Promise.allSettled(BUILD.later.map((f) => cache.add(new Request(f, { cache: 'reload' }))));
      // The first install has nobody to wait for; an update waits for the next start.
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

async function fromCache(request) {
  const cache = await caches.open(CACHE);
  return cache.match(request, { ignoreSearch: true });
}

async function cacheFirst(request, path) {
  const hit = await fromCache(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && ON_USE.some((r) => r.test(path))) {
    const copy = response.clone();
    caches.open(CACHE).then((c) => c.put(request, copy));
  }
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await Promise.race([
      fetch(request, { cache: 'no-cache' }),
      new Promise((_, reject) => setTimeout(() => reject(new Error('slow network')), NETWORK_WAIT_MS)),
    ]);
    if (response.ok) await cache.put(request, response.clone());
    else if (response.status === 404) await cache.delete(request);
    return response;
  } catch (err) {
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    throw err;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || BUILD.files.length === 0) return;
  const url = new URL(request.url);
  const path = inScope(url);
  if (path === null) return;
  // Every page of the app is index.html (`?demo` included).
  if (request.mode === 'navigate') {
    if (path !== '' && path !== 'index.html') return;
    event.respondWith(fromCache(new Request('index.html')).then((hit) => hit || fetch(request)));
    return;
  }
  if (DATA.some((r) => r.test(path))) {
    event.respondWith(networkFirst(request));
  } else if (BUILD.files.includes(path) || BUILD.later.includes(path) || ON_USE.some((r) => r.test(path))) {
    event.respondWith(cacheFirst(request, path));
  }
  // Anything else goes to the network as if there were no service worker.
});
