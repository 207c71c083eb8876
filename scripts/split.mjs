#!/usr/bin/env node
// Splits the app's WebAssembly in two, so that the first load carries only what the first screen
// runs (scripts/build calls this on the release build; usage: node scripts/split.mjs DIST FEATURE...,
// the FEATUREs being the wasm-opt feature flags scripts/build uses, for binaryen 132's tools).
//
// How: binaryen's wasm-split, guided by a profile. The module is instrumented (each function
// records whether it ran), the built site is served on 127.0.0.1 and opened in headless Chromium
// the ways a first screen is used (a new device, a returning one, the demo), each up to where it
// waits for the rest (see profile(): the profiled site's glue is patched as a split build's is, and
// its request for the rest is held, never answered). The functions that ran stay in pkg/samenplan_bg.wasm, all
// others go to pkg/samenplan_rest.wasm. In the first part, each moved function leaves a
// placeholder import; www/split.js provides them and loads the rest: in the background once the
// first screen stands, or at once (synchronously) should a moved function be called before that.
// The glue pkg/samenplan.js is patched to pass those imports.
//
// wasm-split is Debian's binaryen (108): it reads what wasm-opt 132 writes except the one
// `table.fill` wasm-bindgen emits (a slot count of 1), which is rewritten as the `table.set` it
// equals first.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { CHROMIUM_ARGS, PASSPHRASE, messages } from '../tests/e2e/harness.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BINARYEN = path.join(REPO, 'node_modules', 'binaryen', 'bin');
// The features rustc enables for wasm32-unknown-unknown, in binaryen 132's names: scripts/build's
// list, passed in. And the same in the names binaryen 108 knows (it has no names for the rest).
const FEATURES_132 = process.argv.slice(3);
const FEATURES_108 = [
  '--mvp-features', '--enable-bulk-memory', '--enable-multivalue', '--enable-mutable-globals',
  '--enable-nontrapping-float-to-int', '--enable-reference-types', '--enable-sign-ext',
];
const REST = 'samenplan_rest.wasm';

const say = (s) => console.log(`split: ${s}`);
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });

/** Rewrites wasm-bindgen's `table.fill t i null 1` as `table.set t i null` (wasm-split 108 lacks it). */
function withoutTableFill(input, output, work) {
  const wat = path.join(work, 'app.wat');
  run('node', [path.join(BINARYEN, 'wasm-dis'), ...FEATURES_132, input, '-o', wat]);
  let text = fs.readFileSync(wat, 'utf8');
  const fill = /\(table\.fill (\$\w+)\s*\((local\.get \$\w+)\)\s*\(ref\.null (\w+)\)\s*\(i32\.const 1\)\s*\)/g;
  text = text.replace(fill, '(table.set $1 ($2) (ref.null $3))');
  if (/\(table\.fill/.test(text)) throw new Error('a table.fill other than the one of wasm-bindgen; wasm-split cannot read it');
  fs.writeFileSync(wat, text);
  run('node', [path.join(BINARYEN, 'wasm-as'), ...FEATURES_132, wat, '-o', output]);
}

/** Reads an unsigned LEB128 at `at`; returns [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

/**
 * wasm-split 108 writes the export of wasm-bindgen's externref table (`__wbindgen_externrefs`)
 * with the index of the funcref table. Points it back at the externref table, in place (both
 * indices are one byte).
 */
function fixExternrefExport(file) {
  const bytes = fs.readFileSync(file);
  const tables = []; // element type of each table, imported ones first
  let exportAt = null;
  for (let at = 8; at < bytes.length; ) {
    const id = bytes[at];
    let size;
    [size, at] = leb(bytes, at + 1);
    const end = at + size;
    if (id === 2 || id === 4) {
      let [count, p] = leb(bytes, at);
      for (let i = 0; i < count; i++) {
        if (id === 2) {
          let len;
          [len, p] = leb(bytes, p);
          p += len;
          [len, p] = leb(bytes, p);
          p += len;
          const kind = bytes[p++];
          if (kind === 0) [, p] = leb(bytes, p);
          else if (kind === 1) {
            tables.push(bytes[p]);
            p = skipLimits(bytes, p + 1);
          } else if (kind === 2) p = skipLimits(bytes, p);
          else if (kind === 3) p += 2;
          else throw new Error(`${file}: import kind ${kind}`);
        } else {
          tables.push(bytes[p]);
          p = skipLimits(bytes, p + 1);
        }
      }
    } else if (id === 7) exportAt = at;
    at = end;
  }
  const externref = tables.indexOf(0x6f);
  if (exportAt === null || externref < 0) return;
  let [count, p] = leb(bytes, exportAt);
  for (let i = 0; i < count; i++) {
    let len;
    [len, p] = leb(bytes, p);
    const name = bytes.subarray(p, p + len).toString();
    p += len;
    const kind = bytes[p++];
    if (kind === 1 && name === '__wbindgen_externrefs') {
      if (bytes[p] >= 0x80 || externref >= 0x80) throw new Error(`${file}: table index not one byte`);
      bytes[p] = externref;
    }
    [, p] = leb(bytes, p);
  }
  fs.writeFileSync(file, bytes);
}

function skipLimits(bytes, p) {
  const flags = bytes[p++];
  [, p] = leb(bytes, p);
  if (flags & 1) [, p] = leb(bytes, p);
  return p;
}

// The smallest valid wasm module (magic and version): what a page that is not profiled gets as the
// rest, so that its wait for the rest ends (the instrumented module already holds every function).
const EMPTY_WASM = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/**
 * Opens the site the ways a first screen is used: a new device (the lock set-up, passphrase typed
 * twice), a returning one (the unlock screen) and the demo; each up to where it waits for the rest.
 * Returns the profile files written.
 *
 * The site's glue is patched as in the split build, so www/split.js loads the rest
 * (pkg/samenplan_rest.wasm) as it will there: in the background once the first screen is painted,
 * and awaited by the lock screens' submit (src/web/app/boot.rs, rest_or_lock_message) before
 * anything else runs. On a profiled page that request is held and never answered, so the app stops
 * at that await. The first request for the rest is the background load, not the signal: the app
 * has reached the await once the submit's busy state (its "unlock-busy" status) is on the page: the
 * submit handler sets it and spawns the task that awaits the rest, which is polled up to that await
 * in the same turn of the event loop (a microtask), before anything outside the page can look; and
 * with the rest held, nothing after the await can have run. The profile is written then.
 */
async function profile(site, work) {
  const t = messages(site);
  const server = await startServer({ root: site, port: 0 });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const profiles = [];
  const restUrl = new URL(`pkg/${REST}`, server.url).href;
  const write = async (page, name) => {
    const bytes = await page.evaluate(async () => {
      const glue = await import(new URL('pkg/samenplan.js', document.baseURI));
      const wasm = await glue.default();
      const size = 1 << 20;
      const at = wasm.__wbindgen_malloc(size, 1);
      const n = wasm.__write_profile(at, size);
      return Array.from(new Uint8Array(wasm.memory.buffer, at, n));
    });
    const file = path.join(work, `${name}.profile`);
    fs.writeFileSync(file, Buffer.from(bytes));
    profiles.push(file);
  };
  const button = (page, name) => page.getByRole('button', { name, exact: true });
  /** A page whose request for the rest is held; `page.restAsked` resolves once it is. */
  const holding = async (context) => {
    const page = await context.newPage();
    let asked;
    page.restAsked = new Promise((resolve) => {
      asked = resolve;
    });
    await page.route(restUrl, () => asked()); // never fulfilled, continued or aborted
    return page;
  };
  /** The app waits for the rest: busy after a submit, and the rest asked for and held. */
  const held = async (page) => {
    await page.getByRole('status').filter({ hasText: t('unlock-busy') }).waitFor({ timeout: 30_000 });
    let timer;
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${restUrl} was never requested (or passed the route)`)), 30_000);
    });
    await Promise.race([page.restAsked, late]).finally(() => clearTimeout(timer));
  };
  // A first screen does some work of its own once it stands (effects, timers, promises), before
  // anyone types; a person takes seconds to read it. The profile waits as long, so that work is in
  // the first part too: else it would load the rest synchronously while the background load runs
  // (and fail offline).
  const settle = (page) => page.waitForTimeout(2000);
  const setUp = async (page) => {
    await page.getByLabel(t('passphrase-new-label')).waitFor({ timeout: 30_000 });
    await settle(page);
    await page.getByLabel(t('passphrase-new-label')).fill(PASSPHRASE);
    await page.getByLabel(t('passphrase-again-label')).fill(PASSPHRASE);
    await button(page, t('setup-submit')).click();
  };
  try {
    for (const [name, query] of [['setup', ''], ['demo', '?demo']]) {
      const context = await browser.newContext({ locale: 'nl-NL' });
      const page = await holding(context);
      await page.goto(server.url + query);
      await setUp(page);
      await held(page);
      await write(page, name);
      await context.close();
    }
    // A returning device: set up (not profiled, its rest is an empty module), then started again
    // and unlocked.
    const context = await browser.newContext({ locale: 'nl-NL' });
    const first = await context.newPage();
    await first.route(restUrl, (route) => route.fulfill({ body: EMPTY_WASM, contentType: 'application/wasm' }));
    await first.goto(server.url);
    await setUp(first);
    await first.getByRole('heading', { name: t('cases-heading') }).waitFor({ timeout: 30_000 });
    await first.close();
    const page = await holding(context);
    await page.goto(server.url);
    await page.getByLabel(t('passphrase-label'), { exact: true }).waitFor({ timeout: 30_000 });
    await settle(page);
    await page.getByLabel(t('passphrase-label'), { exact: true }).fill(PASSPHRASE);
    await button(page, t('unlock-submit')).click();
    await held(page);
    await write(page, 'unlock');
    await context.close();
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  return profiles;
}

/** The glue passes www/split.js's placeholders as the import namespace `p` (short: it is named 1900 times). */
function patchGlue(file) {
  const js = fs.readFileSync(file, 'utf8');
  const anchor = '"./samenplan_bg.js": import0,';
  if (js.split(anchor).length !== 2) throw new Error(`${file}: the imports object to patch is not there once`);
  const patched =
    "import { placeholders as __splitPlaceholders } from '../split.js';\n" +
    js.replace(anchor, `${anchor}\n        p: __splitPlaceholders(() => wasm),`);
  fs.writeFileSync(file, patched);
}

async function main() {
  if (!process.argv[2] || !FEATURES_132.length) throw new Error('usage: node scripts/split.mjs DIST FEATURE...');
  const dist = path.resolve(process.argv[2]);
  const pkg = path.join(dist, 'pkg');
  const wasm = path.join(pkg, 'samenplan_bg.wasm');
  if (!fs.existsSync(path.join(dist, 'split.js'))) throw new Error(`${dist}/split.js is missing (copy www/ first)`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'samenplan-split-'));
  try {
    const input = path.join(work, 'app.wasm');
    withoutTableFill(wasm, input, work);

    say('instrumenting and profiling the first screens in Chromium');
    const site = path.join(work, 'site');
    fs.cpSync(dist, site, { recursive: true });
    // As in the split build: www/split.js then loads the rest (which profile() holds).
    patchGlue(path.join(site, 'pkg', 'samenplan.js'));
    const instrumented = path.join(site, 'pkg', 'samenplan_bg.wasm');
    run('wasm-split', [...FEATURES_108, '--instrument', input, '-o', instrumented]);
    fixExternrefExport(instrumented);
    const profiles = await profile(site, work);
    const merged = path.join(work, 'merged.profile');
    run('wasm-split', ['--merge-profiles', ...profiles, '-o', merged]);

    say('splitting');
    const primary = path.join(work, 'primary.wasm');
    const rest = path.join(work, 'rest.wasm');
    run('wasm-split', [
      ...FEATURES_108, '--profile', merged, '--export-prefix', '%', '--import-namespace', 'primary',
      '--placeholder-namespace', 'p', input, '-o1', primary, '-o2', rest,
    ]);
    fixExternrefExport(primary);
    // Each part once more through wasm-opt: calls between them changed what can be inlined.
    for (const part of [primary, rest]) {
      run('node', [path.join(BINARYEN, 'wasm-opt'), ...FEATURES_132, '-Oz', part, '-o', part]);
    }
    fs.copyFileSync(primary, wasm);
    fs.copyFileSync(rest, path.join(pkg, REST));
    patchGlue(path.join(pkg, 'samenplan.js'));
    say(`first part ${fs.statSync(wasm).size} bytes, the rest ${fs.statSync(path.join(pkg, REST)).size} bytes`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`split: ${err.stack || err}`);
  process.exit(1);
});
