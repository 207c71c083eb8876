// Starts what the app needs first as the page starts, so it runs while app.js and its imports are
// fetched and evaluated: compiling the app's WebAssembly (its first part, which index.html
// preloads) and opening its database. A classic async script, so it runs as soon as it is here.
// app.js takes the compiled module; if compiling fails here, app.js loads it the usual way.
//
// The database (src/web/storage.rs, Store::open): opening takes the browser a while. Store::open takes
// the database once and checks name, version and stores against its own; on any difference or
// error it opens the database itself. Not for a guest opened from an invitation link (#invite=): a
// guest's device keeps nothing, so the database is never opened.
(() => {
  // window[name]() hands `value` over once (null after that, and when there was nothing to start).
  const offerOnce = (name, value) => {
    Object.defineProperty(window, name, {
      value() {
        const v = value;
        value = null;
        return v;
      },
    });
  };

  let earlyWasm = null;
  if (typeof WebAssembly === 'object' && typeof WebAssembly.compileStreaming === 'function') {
    // The same request as index.html's preload (a same-origin fetch), so it takes that download.
    earlyWasm = WebAssembly.compileStreaming(fetch(new URL('pkg/samenplan_bg.wasm', document.currentScript.src)));
    earlyWasm.catch(() => {}); // app.js falls back
  }
  offerOnce('samenplanTakeEarlyWasm', earlyWasm);

  let earlyDb = null;
  if (!location.hash.startsWith('#invite=') && 'indexedDB' in window) {
    earlyDb = new Promise((resolve, reject) => {
      const req = indexedDB.open('samenplan', 2);
      req.onupgradeneeded = () => {
        for (const name of ['cases', 'meta']) {
          if (!req.result.objectStoreNames.contains(name)) req.result.createObjectStore(name);
        }
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('blocked'));
    });
    earlyDb.catch(() => {}); // Store::open reports errors from its own try
  }
  offerOnce('samenplanTakeEarlyDb', earlyDb);

  // A loading message only when the start takes long (a slow network): a page that starts with
  // words in it lays them out and paints them while the app starts, which made every start about
  // a tenth slower (measured at 4x CPU throttling: 110 ms of 580). The app's first screen replaces
  // whatever the root holds; until then the <noscript> is its only child.
  setTimeout(() => {
    const waiting = document.querySelector('#samenplan > noscript');
    if (!waiting) return;
    const p = document.createElement('p');
    p.className = 'loading';
    p.setAttribute('role', 'status');
    p.textContent = 'Even laden… · Loading…';
    waiting.before(p);
  }, 1000);
})();
