// The app's WebAssembly comes in two parts (scripts/split.mjs): pkg/samenplan_bg.wasm holds what
// the first screen runs; pkg/samenplan_rest.wasm the rest of the app. The glue (pkg/samenplan.js,
// patched by the build) gives the first part `placeholders()` as imports: a function of the rest
// that is called before the rest is there loads it on the spot. loadRest() fetches it in the
// background as soon as the first screen stands, so that rarely has to happen.
const REST = new URL('./pkg/samenplan_rest.wasm', import.meta.url);

let primary = null; // () => the first part's exports
let compiled = null; // the rest, compiled (WebAssembly.Module)
let loaded = false; // the rest is instantiated: its functions are in the shared table
let background = null;

/** The imports of the first part that stand for functions of the rest (`p.<table slot>`). */
export function placeholders(exportsOf) {
  primary = exportsOf;
  return new Proxy(
    {},
    {
      get(_, name) {
        const slot = Number(name);
        return (...args) => {
          loadNow();
          return table().get(slot)(...args);
        };
      },
    },
  );
}

function table() {
  return primary()['%table'];
}

function instantiateSync(module) {
  if (loaded) return;
  new WebAssembly.Instance(module, { primary: primary() });
  loaded = true;
}

// A function of the rest is needed now: the rest is instantiated synchronously, from what the
// background load compiled, else fetched and compiled synchronously: the only way to wait inside a
// wasm call. (Chromium sends a synchronous request past the service worker: offline, this works
// only once the background load has brought the rest, which the lock screens wait for.)
function loadNow() {
  if (loaded) return;
  if (!compiled) {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', REST, false);
    xhr.overrideMimeType('text/plain; charset=x-user-defined');
    xhr.send();
    if (xhr.status !== 200) throw new Error(`could not load ${REST}: ${xhr.status}`);
    const text = xhr.responseText;
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
    compiled = new WebAssembly.Module(bytes);
  }
  instantiateSync(compiled);
}

/** Whether this build is split (the glue asked for placeholders); not in a quick dev build. */
export function isSplit() {
  return primary !== null;
}

/** Loads the rest in the background (once); resolves when it is in place. */
export function loadRest() {
  if (!background) {
    background = (async () => {
      if (loaded) return;
      const module = await WebAssembly.compileStreaming(fetch(REST));
      if (!compiled) compiled = module;
      if (!loaded) {
        await WebAssembly.instantiate(compiled, { primary: primary() });
        loaded = true;
      }
    })();
    background.catch(() => {
      background = null; // tried again on the next call, or loaded on first use
    });
  }
  return background;
}
