// Opens the app's database (src/web/storage.rs, Store::open) as the page starts: opening takes the
// browser a while, and this way it runs while the WebAssembly downloads and compiles. A classic
// async script, so it runs as soon as it is here, before app.js and its imports. Store::open takes
// the database once and checks name, version and stores against its own; on any difference or
// error it opens the database itself. Not for a guest opened from an invitation link (#invite=): a
// guest's device keeps nothing, so the database is never opened.
(() => {
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
  Object.defineProperty(window, 'samenplanTakeEarlyDb', {
    value() {
      const db = earlyDb;
      earlyDb = null;
      return db;
    },
  });
})();
