#!/usr/bin/env node
// Measures a release build of Samenplan: download sizes, start-up time, tap-to-paint latency,
// IndexedDB save time and memory, for the demo case, a case ten times larger and one fifty times
// larger; and a profile of where a tap's time goes. Run it through scripts/bench (which builds into
// a private directory first, and the profile's build beside it):
//
//   node scripts/bench.mjs --dist DIR [--names DIR]
//
// Output (stdout): one figure a line as `name value unit`; `#` lines are comments; at the end one
// line per budget: `budget <name> <value> <limit> PASS|FAIL` (value and limit in the unit of the
// figure of that name). Before the budgets, `growth <figure> <demo> <10x> <50x>` lines put the same
// figure of the three cases side by side. Exit status: 0 when everything could be measured, even if budgets fail;
// 1 when a measurement itself broke (its figures are then missing and its budgets say n/a FAIL).
// Environment: BENCH_CPU_RATE=1 runs without CPU throttling (for comparison; budgets assume 4);
// BENCH_DEBUG=1 prints the stack of a measurement that broke; BENCH_ONLY=start,visit,profile,circle,big
// measures only those parts (for a quick look at one figure; the budgets of the rest say n/a FAIL).
//
// How each figure is measured
// ---------------------------
// Sizes: bytes on disk of each file, and each file compressed on its own, as a server does per
// response: gzip = zlib level 9, brotli = quality 11 (node's zlib). wasm = pkg/samenplan_bg.wasm
// (in a split build the first part: what the first screens run; wasm_rest = pkg/samenplan_rest.wasm,
// fetched in the background once the first screen stands, is not in first_load);
// js_glue = pkg/samenplan.js (wasm-bindgen) + early.js (compiles the wasm, opens the database) + app.js (the loader) + split.js (in a split build);
// css = style.css; total = wasm + js_glue + css. first_load = total + index.html + instruments/*.json (index.json and every
// instrument's Dutch and English texts, all fetched at start; a language's texts in
// instruments/LANG/ come only when it is shown) + other (config.json and icon.svg, which the first
// screen fetches too). The bench compares that list with the requests a cold load
// really makes (up to the start screen) and names any difference. The demo case is not in
// first_load: it is only fetched with ?demo. pdf_module = pdf/*.wasm + pdf/*.js (loaded only to
// make a PDF). sw_precache = every file the service worker's file lists (in the built sw.js) name:
// it downloads them in the background on a first visit; first_visit = first_load + sw_precache.
//
// Browser: Debian's /usr/bin/chromium, headless, with the flags of tests/e2e/harness.mjs. Every
// page gets 4x CPU throttling (DevTools Emulation.setCPUThrottlingRate, rate 4) before it
// navigates. The throttling slows the page's main thread; the network (loopback), IndexedDB's
// backend (browser process) and WebCrypto (its own threads) are not slowed. One discarded cold and
// warm load runs first, so the first timed run does not pay for warming the OS and the browser.
//
// Ready ("first screen interactive"): the first screen the app shows has its primary button in
// <main>, enabled. On the start screen that is "Beginnen"; since encryption at rest, a fresh
// device first shows the lock set-up ("Beveiligen en beginnen") and a return visit the unlock
// screen ("Openen", with a passphrase field). The bench accepts whichever comes first and names
// it in a comment. An init script, run with the document before any of the app's, polls the
// condition once per animation frame (requestAnimationFrame, no MutationObserver) and reports
// performance.now() at the first frame it holds on the console. (Not page.waitForFunction: that
// injects Playwright's own script into the page while the app starts, tens of ms at 4x
// throttling that no user pays.) performance.now() counts from the navigation
// start (performance.timeOrigin), so the figure is navigation start -> first frame with the
// button; rAF polling rounds up to the frame (~16.7 ms at 60 Hz). If the very first poll already
// finds it, the start was missed and a warning is printed. Cold: a new browser context (empty
// HTTP cache, storage and service workers) per run. Warm: page.reload() in the same context right
// after; when the app registers a service worker, the bench first waits until it controls the
// page, so warm is a service-worker start (as for a returning user), else HTTP-cache warm.
// 5 cold and 5 warm runs; medians are reported, the single runs in a comment.
//   setup:  on the cold load's set-up screen, the passphrase is typed (not timed), then the time
//           from the button's click to the first frame of the start screen: key derivation
//           (PBKDF2 in WebCrypto) and, with ?demo, fetching, parsing, encrypting and storing the
//           demo case.
//   unlock: the same on the warm load's unlock screen: key derivation, reading and decrypting
//           every stored case and parsing it.
// Series: ready_*, setup_*, unlock_*: plain URL, nothing stored, what a first visit sees (the
// ready budgets apply here). demo_*: the same with ?demo (the start screen must also list
// "Familie Zon"). large_*: ?demo with the large case. The series take turns run by run, so a
// busy moment of the machine is spread over all of them.
//
// Tap-to-paint: ?demo, pass the lock, open "Familie Zon", "Driehoek"; the first theme's card has a
// radio group per participant. The taps alternate the radios "Kracht" and "Grote zorgen" in group
// "Sanne", so every tap is a real change. The group is scrolled to the middle of the screen first,
// as a person tapping it sees it (the card is taller than the 768 px screen; until 2026-12-07 the
// bench tapped it below the fold, which measured about 1.5 ms more a tap). Everything is timed
// inside the page (performance.now()):
//   t0 is read just before radio.click() (the click, input and change events are dispatched
//   synchronously inside click()); Yew renders in a microtask after that. The end is the first
//   frame in which the radio is checked AND the triangle's selected spot's aria-label says
//   "Sanne: <level>" (the figure was re-rendered), measured in a setTimeout(0) queued from that
//   frame's rAF callback, i.e. after the frame's style, layout and paint on the main thread.
//   tap_to_paint_*: the click is issued inside a requestAnimationFrame callback, at the start of a
//     frame, so the update is painted in that same frame and no time is spent waiting for the
//     next vsync: the figure is handling + Yew update + style/layout/paint, and "p95 <= 16 ms"
//     reads as "the tap fits in one frame". (On a 60 Hz display a click at a random moment also
//     waits 0-16.7 ms for the next frame, which alone could decide that budget.)
//   tap_to_next_frame_*: the literal variant, the click at whatever moment the bench gets to it
//     (a setTimeout task), then the next rAF after the DOM changed + setTimeout(0): what a user
//     sees, wait for the frame included (like INP). Not budgeted. Headless Chromium ticks rAF at
//     60 Hz while busy but usually starts a frame at once after an idle moment, so here the two
//     variants differ less than they would on a display.
//   Between taps the bench waits until the app's autosave (300 ms debounce) has committed its
//   IndexedDB transaction, plus 100 ms, so each tap starts from a quiet page as a real tap would
//   (people do not tap 20 times a second). The two variants alternate; 50 taps each.
//   median and p95 (nearest rank: the 48th of 50 sorted) are reported.
//   autosave_median: from each tap to the commit of the autosave it caused, minus the 300 ms
//   pause it waits for (PAUSE_MS in src/core/autosave.rs): serialising, encrypting and storing.
//
// Typing without a pause: in the same page, on the same card, Sanne's "Wat gaat goed?" note gets a
// key every 100 ms for 10 s (a character added to the textarea and an input event dispatched, in
// the page, so the rhythm does not depend on DevTools round trips); the autosave then never sees
// the 300 ms pause and writes on its maximum wait (MAX_WAIT_MS, 0.75 s after the first unwritten key).
// An init script wraps, never changes, SubtleCrypto.encrypt (noting when it was last called) and
// IDBObjectStore.put on the 'cases' store (noting that moment as the write's snapshot, and the
// 'complete' of its transaction, which is strict-durability: on disk). A key is in the first write
// whose snapshot came after the key was dispatched (serialising and the encrypt call run on the
// main thread in one go, so no key can fall between them).
//   key_to_durable_median / _p95 / _max: from each key to the commit of the first write holding it.
//   typing_writes_per_s: writes of the case while typing. typing_save_main_median: the main-thread
//   part of one write (serialising the case; the app's `samenplan:save` performance entries carry
//   it, encrypting and storing run off the main thread), typing_save_wall_median: a write from its
//   start to its commit, typing_save_main_share: all writes' main-thread time as a share of the
//   typing time.
//
// Circle tap-to-paint: the same method on the eco-map, with ?demo where the circle holds 25
// people, each with a line to the family, and 8 lines between people (circleCase; only when the
// build's case schema has relation lines). Pass the lock, open "Familie Zon", "Netwerk", tap one
// person's token to open their details; the taps alternate that person's "Band met het gezin"
// radios "Sterke band: dikke lijn" and "Zwakke band: streepjeslijn" (their group scrolled to the
// middle of the screen, as above), each a real change after which the circle lays out every line
// again. The end is the first frame where the radio is checked AND
// the person's token label says the new line's sentence ("... is sterk." / "... is zwak.").
// Aligned variant only (clicked at the start of a frame), TAPS taps: circle_tap_to_paint_*.
// With the profile part, PROFILE_TAPS more circle taps are traced the same way: circle_profile_*.
//
// Save: the time IndexedDB takes to store the case. In the same page after the taps, the stored
// record of the open case (database 'samenplan', store 'cases', key = case id; the encrypted
// bytes since encryption at rest) is read and written back 20 times, each put in its own
// readwrite transaction, timed with performance.now() from before transaction() to its 'complete'
// event; median. This is the storage part of a save only (autosave_median has the whole of it).
// case_record is the stored record's size.
//
// Memory, after that visit (taps and saves done): js_heap_used = DevTools Runtime.getHeapUsage
// usedSize after a forced garbage collection (HeapProfiler.collectGarbage). wasm_memory = the
// byteLength of the app's WebAssembly.Memory: the page imports /pkg/samenplan.js, which is the
// same module instance app.js loaded, and its init function returns the instance's exports
// (memory included) when already initialised. Linear memory only grows, so this is the peak.
//
// PDF: not measured (no PDF budgets yet). The bench looks whether the case's "Delen" step offers a
// PDF and says either "pdf: not built yet" or that it exists but is not measured.
//
// Large case: demo-case.json rewritten (same id "demo-familie-zon"), generated deterministically
// (seeded) from the build's copy of schemas/examples/demo-case.json, the triangle's theme and level
// ids, and the build's case schema: the demo's participants plus professionals until 6 people
// answer (parents, the young person, professionals; a network member of the demo stays), 3 visits,
// at each visit a triangle assessment in which every answering participant answered all 21 themes
// with the notes the theme asks for; and, where the case schema has them, matrix needs and a plan
// with 40 agreements (with goals, confirmations and a review), and 30 people in the network
// circle. Parts the schema does not have yet are left out and named in a `# not yet in the app`
// line; parts the app refuses when it loads the case are dropped and named too. The file is
// written into a copy of the build, which is served; the app loads it with ?demo as usual.
// The 50x case (fifty_*) is made the same way with 12 participants (11 answer), 50 visits four
// weeks apart each with a full triangle (a quarter of the answers with notes), 40 agreements,
// 5 reviews and 60 people in the circle: about 1.8 MB of JSON.
//
// Profile (profile_*, with --names): the demo's (and each larger case's) tap again, 20 times,
// in a page that runs the same release wasm unsplit and with its function names kept (the bench
// serves it in place of pkg/, service worker off), traced with Chromium's tracing (DevTools
// timeline events and V8's CPU sampler at 100 µs). Each tap is the span between two user-timing
// marks (before the click, and when the check above sees the change painted). Per tap: the main
// thread's self time by kind (script, style + layout, paint + composite, GC, the rest: waiting
// for the frame and other tasks), and the script's CPU samples split by the nearest named Rust
// frame: Yew (its diff, reconciliation, hooks and scheduler), our screens and state (src/web),
// our core, DOM calls through the wasm-bindgen glue. Tracing slows the page a little; the
// profile's figures are for proportions, the timed taps above are the figures that count.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
// The browser flags the end-to-end tests use (root, no GPU, nothing phoning home).
import { CHROMIUM_ARGS, messages } from '../tests/e2e/harness.mjs';

// BENCH_CPU_RATE=1 measures without throttling (to compare); the budgets are meant for 4.
const CPU_THROTTLING = Number(process.env.BENCH_CPU_RATE || 4);
const ONLY = new Set((process.env.BENCH_ONLY || '').split(',').filter(Boolean));
const measures = (part) => !ONLY.size || ONLY.has(part);
const READY_RUNS = 5;
const TAPS = 50;
const SAVES = 20;
const AUTOSAVE_MS = 300; // the pause the autosave waits for (PAUSE_MS in src/core/autosave.rs)
const TYPING_MS = 10_000;
const KEY_EVERY_MS = 100;
const VIEWPORT = { width: 1024, height: 768 }; // the tablet the app is made for, as in the e2e tests
const CASE_ID = 'demo-familie-zon';
const CASE_NAME = 'Familie Zon';
const TAP_GROUP = 'Sanne';
const TAP_LEVELS = ['Kracht', 'Grote zorgen'];
const PASSPHRASE = 'bench wachtzin voor samenplan';
// The Dutch words the bench finds things by, from the build's message table (dist/i18n/nl.json,
// compiled from src/i18n/nl.ftl), so a changed wording cannot stop the bench. Set in main().
let UI;
function uiWords(dist) {
  const t = messages(dist);
  return {
    t,
    start: t('new-create'),
    setup: t('setup-submit'),
    unlock: t('unlock-submit'),
    newPassphrase: t('passphrase-new-label'),
    againPassphrase: t('passphrase-again-label'),
    passphrase: t('passphrase-label'),
    triangle: t('step-triangle'),
    circle: t('step-circle'),
    familyLine: t('eco-family-line'),
    // Each radio of a person's line with the family, and the sentence their token then ends with.
    lineKinds: (name) => ['strong', 'weak'].map((k) => [t(`eco-legend-${k}`), t(`eco-tie-family-${k}`, { a: name })]),
    share: t('step-export'),
    familyPdf: t('export-family-pdf'),
    goingWell: t('note-going-well'),
  };
}
// PDFs made per case after the first one (which also fetches the PDF module and the fonts).
const PDF_RUNS = 5;
let pdfOffered = null; // whether the app's export step offers a PDF; null: not looked
// The figures printed side by side for the demo and each larger case (`growth` lines).
const GROWTH = [
  'case_raw', 'ready_cold_median', 'ready_warm_median', 'unlock_median', 'tap_to_paint_median', 'tap_to_paint_p95',
  'tap_to_next_frame_p95', 'autosave_median', 'save_median', 'case_record', 'js_heap_used', 'wasm_memory', 'pdf_make_median',
  'pdf_size', 'profile_tap_ms', 'profile_script_ms', 'profile_yew_ms', 'profile_own_ms', 'profile_dom_ms', 'profile_style_layout_ms',
  'profile_paint_ms',
];

// Budgets. first_load is in bytes with KB = 1000 bytes (the stricter reading of "200 KB").
const BUDGETS = [
  ['first_load_brotli', 200_000],
  ['ready_cold_median', 500],
  ['ready_warm_median', 300],
  ['tap_to_paint_p95', 16],
  ['large_tap_to_paint_p95', 24],
  ['circle_tap_to_paint_p95', 16],
  ['pdf_make_median', 400],
  ['pdf_size', 200_000],
  ['pdf_module_brotli', 1_000_000],
];


// ---------------------------------------------------------------------------------------------
// Output

const figures = new Map();
let broken = 0;

function figure(name, value, unit, digits = 0) {
  const v = Number.isFinite(value) ? Number(value.toFixed(digits)) : NaN;
  figures.set(name, v);
  console.log(`${name} ${Number.isFinite(v) ? v : 'n/a'} ${unit}`);
}

function note(text) {
  console.log(`# ${text}`);
}

async function section(title, fn) {
  try {
    await fn();
  } catch (err) {
    broken++;
    note(`${title}: could not measure: ${String(err?.message ?? err).split('\n')[0]}`);
    if (process.env.BENCH_DEBUG) console.error(err);
  }
}

const median = (xs) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
// Nearest-rank percentile.
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
};
const fmt = (xs, digits = 0) => xs.map((x) => x.toFixed(digits)).join(' ');
const loadavg = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

// ---------------------------------------------------------------------------------------------
// Sizes

function sizesOf(file) {
  const buf = fs.readFileSync(file);
  return {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
        ...(/\.(js|css|html|json)$/.test(file) ? { [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT } : {}),
      },
    }).length,
  };
}

function sum(list) {
  return list.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

function printSizes(name, s) {
  for (const k of ['raw', 'gzip', 'brotli']) figure(`${name}_${k}`, s[k], 'B');
}

/** Prints the size figures; returns the paths (relative to dist) counted in first_load. */
function measureSizes(dist) {
  const rel = (p) => path.join(dist, p);
  const instruments = fs
    .readdirSync(rel('instruments'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `instruments/${f}`);
  const split = fs.existsSync(rel('pkg/samenplan_rest.wasm'));
  const groups = {
    wasm: ['pkg/samenplan_bg.wasm'],
    js_glue: ['pkg/samenplan.js', 'early.js', 'app.js', ...(split ? ['split.js'] : [])],
    css: ['style.css'],
    html: ['index.html'],
    instruments,
    // What else the first screen fetches: the deployment's configuration and the header's icon.
    other: ['config.json', 'icon.svg'].filter((f) => fs.existsSync(rel(f))),
  };
  const s = Object.fromEntries(Object.entries(groups).map(([k, files]) => [k, sum(files.map((f) => sizesOf(rel(f))))]));
  note(`sizes: js_glue = ${groups.js_glue.join(' + ')}; instruments = ${instruments.join(', ')}`);
  if (split) {
    note('wasm = the first part of the split app (what the first screen runs); wasm_rest = the rest,');
    note('fetched in the background once the first screen stands (scripts/split.mjs), not in first_load');
  }
  printSizes('wasm', s.wasm);
  printSizes('js_glue', s.js_glue);
  printSizes('css', s.css);
  printSizes('total', sum([s.wasm, s.js_glue, s.css]));
  printSizes('html', s.html);
  printSizes('instruments', s.instruments);
  printSizes('other', s.other);
  note(`first_load = wasm + js_glue + css + html + instruments + other (${groups.other.join(', ')}), each file compressed on its own`);
  const first = sum([s.wasm, s.js_glue, s.css, s.html, s.instruments, s.other]);
  printSizes('first_load', first);
  if (split) printSizes('wasm_rest', sizesOf(rel('pkg/samenplan_rest.wasm')));
  // The PDF module, when the build has one: fetched only when a PDF is made, so not in first_load
  // (the cold-load check below says so if that ever changes).
  if (fs.existsSync(rel('pdf'))) {
    const pdf = fs.readdirSync(rel('pdf')).filter((f) => /\.(wasm|js)$/.test(f)).sort().map((f) => `pdf/${f}`);
    note(`pdf module: ${pdf.join(', ')} (loaded on demand, not in first_load)`);
    printSizes('pdf_module', sum(pdf.map((f) => sizesOf(rel(f)))));
  }
  // The service worker, when the build has one, downloads its file lists in the background on the
  // first visit (cache.addAll with cache: 'reload', so files the page just loaded come again).
  const sw = rel('sw.js');
  const build = fs.existsSync(sw) && /const BUILD = (\{.*\});/.exec(fs.readFileSync(sw, 'utf8'));
  if (build) {
    const lists = JSON.parse(build[1]);
    const files = [...(lists.files ?? []), ...(lists.later ?? [])].filter((f) => fs.existsSync(rel(f)));
    if (files.length) {
      const pre = sum(files.map((f) => sizesOf(rel(f))));
      note(
        `sw_precache: what sw.js downloads in the background on a first visit, for offline use: ` +
          `${lists.files?.length ?? 0} app files + ${lists.later?.length ?? 0} for PDFs, each compressed on its own`,
      );
      printSizes('sw_precache', pre);
      note('first_visit = first_load + sw_precache: all a first visit downloads');
      figure('first_visit_brotli', first.brotli + pre.brotli, 'B');
    }
  }
  return { counted: new Set(Object.values(groups).flat()), after: new Set(split ? ['pkg/samenplan_rest.wasm'] : []) };
}

// ---------------------------------------------------------------------------------------------
// The large case

/** Small deterministic PRNG (mulberry32), so the large case is the same on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GOING_WELL = [
  'We eten elke avond samen aan tafel en dan vertelt iedereen iets over zijn dag.',
  'Oma en de buurvrouw helpen als het druk wordt; daar zijn we heel blij mee.',
  'Het lukt steeds beter om rustig te blijven als het even tegenzit.',
  'Op school zeggen ze dat het goed gaat en dat er vriendjes zijn om mee te spelen.',
  'We hebben afspraken gemaakt die op de koelkast hangen, en meestal houden we ons eraan.',
  'In het weekend gaan we naar het park of fietsen we samen een stuk.',
  'Er is een vaste avondroutine: tanden poetsen, voorlezen en dan slapen.',
];
const WORRIES = [
  "'s Avonds is er vaak ruzie over de telefoon en dan loopt het uit de hand.",
  'Het geld is krap sinds de verhuizing; de vaste lasten zijn hoger geworden.',
  'Er is weinig tijd voor onszelf, en we zijn allebei vaak moe.',
  'De juf maakt zich zorgen omdat het huiswerk niet af is en de cijfers dalen.',
  'Sinds opa ziek is, is het thuis onrustig en slaapt iedereen slechter.',
  "De buurt is 's avonds niet veilig; we laten de kinderen liever niet alleen naar buiten.",
  'We weten niet goed waar we terechtkunnen voor hulp en wie we moeten bellen.',
];
const TASKS = [
  'belt de school om een gesprek met de mentor te plannen',
  'zoekt uit welke sportclub in de buurt bij Noor past',
  'maakt samen met het gezin een weekrooster voor de avonden',
  'gaat mee naar de schuldhulpverlening voor een eerste gesprek',
  'past op woensdagmiddag op Sem',
  'vraagt bij de gemeente na welke regelingen er zijn',
  'bespreekt met de huisarts hoe het met slapen gaat',
  'haalt Noor op dinsdag op van de training',
];
const FIRST = ['Jet', 'Kees', 'Mila', 'Bram', 'Sara', 'Daan', 'Lotte', 'Omar', 'Eva', 'Tim', 'Yara', 'Ruben'];
const LAST = ['de Wit', 'Visser', 'Smit', 'Bakker', 'Mulder', 'Bos', 'Yilmaz', 'Peters', 'Hendriks', 'Dekker'];

/** One or two sentences from a list; `k` 0 gives one, 1 gives two. */
function noteText(rand, list, k) {
  const i = Math.floor(rand() * list.length);
  const j = (i + 1 + Math.floor(rand() * (list.length - 1))) % list.length;
  return k === 0 ? list[i] : `${list[i]} ${list[j]}`;
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const enumOf = (def, prop, fallback) => def?.properties?.[prop]?.enum ?? def?.properties?.[prop]?.items?.enum ?? fallback;

/**
 * The demo case with its circle replaced by `count` people spread over rings and sectors, each
 * with a line to the family, and `between` lines between people (circle tap-to-paint). Null when
 * the case schema has no relation lines.
 */
function circleCase(demo, schema, count = 25, between = 8) {
  const defs = schema.$defs ?? {};
  if (!defs.tie) return null;
  const rand = prng(20261203);
  const kinds = defs.tie.properties?.kind?.enum ?? ['strong', 'ordinary', 'weak', 'stressful'];
  const flows = defs.tie.properties?.flow?.enum ?? ['gives', 'receives', 'both'];
  const c = structuredClone(demo);
  delete c.$schema;
  const rings = ['veryClose', 'close', 'further'];
  const sectors = ['family', 'friendsNeighbours', 'schoolWorkClubs', 'professionals'];
  const slots = new Map();
  const people = [];
  for (let i = 0; i < count; i++) {
    const ring = rings[i % 3];
    const sector = sectors[Math.floor(i / 3) % 4];
    const cell = `${ring}/${sector}`;
    const slot = slots.get(cell) ?? 0;
    slots.set(cell, slot + 1);
    people.push({ id: `np-c${i + 1}`, name: `${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`, ring, sector, slot });
  }
  const ties = people.map((p, i) => ({ person: p.id, kind: kinds[i % kinds.length], ...(i % 2 ? { flow: pick(rand, flows) } : {}) }));
  for (let k = 0; k < between; k++) ties.push({ person: people[k].id, other: people[k + 5].id, kind: pick(rand, kinds) });
  c.network = { people, ties, ...(demo.network?.meeting ? { meeting: demo.network.meeting } : {}) };
  // Agreements and the team may name the demo's people, who are not in this circle.
  if (c.plan) c.plan.agreements = (c.plan.agreements ?? []).filter((a) => !String(a.who).startsWith('n-'));
  delete c.team;
  delete c.circles;
  return { c, people: people.length, ties: ties.length, name: people[12].name, id: people[12].id };
}

/**
 * How a larger case is made. `answering`: participants are added until this many answer (else
 * `participants`: until there are this many in all); `visits`, each with a triangle assessment
 * (on `dates`, the last on the demo's last visit, else four weeks apart up to it) that
 * everyone answering filled in completely; `people` in the circle; `agreements` (with 10 goals, 8
 * needs and confirmations); `reviews` (each going through every agreement); `notes`: the share of
 * answers with the notes their theme asks for.
 */
const TEN_TIMES = { answering: 6, visits: 3, dates: ['2026-05-18', '2026-08-24'], people: 30, agreements: 40, reviews: 1, notes: 1 };
// Years of visits: not every answer gets its notes every time (`notes`: the share that does), which
// also keeps the file well under the app's 5 MB limit.
const FIFTY_TIMES = { participants: 12, visits: 50, people: 60, agreements: 40, reviews: 5, notes: 0.25 };
// The larger cases the bench measures besides the demo: figure prefix, name, size, JSON indent.
const BIG = [
  { prefix: 'large_', title: 'large case (10x)', size: TEN_TIMES, indent: 2 },
  { prefix: 'fifty_', title: '50x case', size: FIFTY_TIMES, indent: 0 },
];

/**
 * The demo case made larger (`size`: TEN_TIMES, FIFTY_TIMES). `with_` says which optional parts
 * to include (each only if the case schema has it): { plan, circle }. Returns the case and what went in.
 */
function largeCase(demo, instrument, schema, with_ = { plan: true, circle: true }, size = TEN_TIMES) {
  const rand = prng(20261116);
  const defs = schema.$defs ?? {};
  const c = structuredClone(demo);
  delete c.$schema;
  // The demo's participants stay (network members too: they give no answers); others are added
  // until enough people answer (or take part).
  const extra = [
    { id: 'p-bench-pieter', name: 'Pieter Jansen', role: 'professional' },
    { id: 'p-bench-fatima', name: 'Fatima El Amrani', role: 'professional' },
    { id: 'p-bench-karin', name: 'Karin de Boer', role: 'professional' },
    { id: 'p-bench-ahmed', name: 'Ahmed Benali', role: 'professional' },
    { id: 'p-bench-marloes', name: 'Marloes Visser', role: 'parent' },
    { id: 'p-bench-joris', name: 'Joris Bakker', role: 'professional' },
    { id: 'p-bench-ilse', name: 'Ilse Mulder', role: 'professional' },
    { id: 'p-bench-hamza', name: 'Hamza Yilmaz', role: 'professional' },
  ];
  const answers = (p) => p.role !== 'networkMember';
  c.participants = [...(demo.participants ?? [])];
  const enough = () =>
    size.answering ? c.participants.filter(answers).length >= size.answering : c.participants.length >= size.participants;
  while (!enough() && extra.length) c.participants.push(extra.shift());
  const respondents = c.participants.filter(answers);
  const roles = new Set(respondents.map((p) => p.role));
  if (!enough() || !['parent', 'youngPerson', 'professional'].every((r) => roles.has(r))) {
    throw new Error(`cannot make ${size.answering ?? size.participants} participants (parents, young person, professionals) from the demo's ${c.participants.length}`);
  }
  if (!respondents.some((p) => p.name === TAP_GROUP)) throw new Error(`the demo case has no participant named ${TAP_GROUP}`);

  // The last visit on the demo's last visit (or 2026-11-16, if that is later).
  const demoLast = (demo.visits ?? []).map((v) => v.date).sort().pop() ?? '2026-11-16';
  const lastDate = demoLast > (size.dates?.at(-1) ?? '') ? demoLast : '2026-11-16';
  const day = 24 * 3600 * 1000;
  const dateOf = (i) =>
    i === size.visits - 1
      ? lastDate
      : (size.dates?.[i] ?? new Date(Date.parse(lastDate) - (size.visits - 1 - i) * 28 * day).toISOString().slice(0, 10));
  const purposes = ['evaluate', 'monitor'];
  c.visits = Array.from({ length: size.visits }, (_, i) => ({
    id: `v${i + 1}`,
    date: dateOf(i),
    purpose: i === 0 ? 'assess' : i === size.visits - 1 ? 'evaluate' : purposes[i % 2],
  }));
  c.created = c.visits[0].date;
  const levels = instrument.scale.map((l) => l.id);
  const themes = instrument.sides.flatMap((s) => s.themes);
  c.assessments = c.visits.map((v, vi) => ({
    id: `a${vi + 1}`,
    visitId: v.id,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    answers: respondents.flatMap((p) =>
      themes.map((t) => {
        const a = { participantId: p.id, themeId: t.id, level: pick(rand, levels) };
        const notes = size.notes >= 1 || rand() < size.notes ? (t.notes ?? []) : [];
        if (notes.includes('goingWell')) a.goingWell = noteText(rand, GOING_WELL, vi % 2);
        if (notes.includes('worries')) a.worries = noteText(rand, WORRIES, (vi + 1) % 2);
        if (notes.includes('fitsAge')) a.fitsAge = rand() < 0.4;
        if (notes.includes('outsideControl')) a.outsideControl = rand() < 0.3;
        return a;
      }),
    ),
  }));
  const included = { circle: false, plan: false };

  // The network circle: size.people, spread over rings and sectors, each in its own slot.
  const personDef = defs.network?.properties?.people?.items;
  const people = [];
  if (with_.circle && personDef) {
    const resolved = personDef.$ref ? defs[personDef.$ref.split('/').pop()] : personDef;
    const rings = enumOf(resolved, 'ring', ['veryClose', 'close', 'further']);
    const sectors = enumOf(resolved, 'sector', ['family', 'friendsNeighbours', 'schoolWorkClubs', 'professionals']);
    const tags = enumOf(resolved, 'tags', ['practical', 'childcare', 'listening', 'transport', 'money', 'knowledge']);
    const slots = new Map();
    for (let i = 0; i < size.people; i++) {
      const ring = rings[i % rings.length];
      const sector = sectors[Math.floor(i / rings.length) % sectors.length];
      const cell = `${ring}/${sector}`;
      const slot = slots.get(cell) ?? 0;
      slots.set(cell, slot + 1);
      people.push({
        id: `np-${i + 1}`,
        name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`,
        relation: pick(rand, ['tante', 'buurman', 'vriendin', 'trainer', 'juf', 'opa', 'collega', 'wijkagent']),
        ring,
        sector,
        slot,
        offer: noteText(rand, TASKS, 0),
        tags: [pick(rand, tags)],
      });
    }
    // The demo's own lines and meeting name its people, who are replaced here.
    c.network = { ...(c.network ?? {}), people };
    if (c.network.ties) c.network.ties = [];
    delete c.network.meeting;
    included.circle = true;
  }

  // Matrix needs and the plan: size.agreements agreements with goals, confirmations and reviews.
  const planDef = defs.plan?.properties;
  if (with_.plan && planDef?.agreements) {
    const last = c.assessments[c.assessments.length - 1];
    const needs = [];
    if (schema.properties?.needs && defs.need) {
      const chosen = [...themes].sort(() => rand() - 0.5).slice(0, 8);
      chosen.forEach((t, i) => {
        const n = {
          id: `n${i + 1}`,
          assessmentId: last.id,
          themeIds: [t.id],
          severity: pick(rand, enumOf(defs.need, 'severity', ['light', 'moderate', 'serious'])),
          urgency: pick(rand, enumOf(defs.need, 'urgency', ['canWait', 'soon', 'now'])),
        };
        if (defs.need.properties?.support) n.support = pick(rand, enumOf(defs.need, 'support', []));
        needs.push(n);
      });
      c.needs = needs;
    }
    const plan = { ...(c.plan ?? {}) };
    const goals = [];
    if (planDef.goals) {
      for (let i = 0; i < 10; i++) {
        const g = { id: `g${i + 1}`, text: `Doel ${i + 1}: ${noteText(rand, GOING_WELL, 0)}` };
        if (needs.length) g.needIds = [needs[i % needs.length].id];
        goals.push(g);
      }
      plan.goals = goals;
    }
    const who = respondents.map((p) => p.id);
    plan.agreements = Array.from({ length: size.agreements }, (_, i) => {
      const a = { id: `ag${i + 1}`, who: who[i % who.length], what: noteText(rand, TASKS, 0) };
      a.when = pick(rand, ['deze week', 'voor het volgende bezoek', 'elke woensdag', 'binnen een maand']);
      if (goals.length) a.goalId = goals[i % goals.length].id;
      return a;
    });
    if (planDef.strengths) plan.strengths = noteText(rand, GOING_WELL, 1);
    if (planDef.backup) plan.backup = 'Als het misgaat, belt Sanne eerst oma en daarna de jeugdverpleegkundige.';
    if (planDef.reviewDate) plan.reviewDate = '2027-02-15';
    if (planDef.confirmations) {
      plan.confirmations = respondents.filter((p) => p.role === 'parent').map((p) => ({ participantId: p.id, date: c.visits[1].date }));
    }
    if (planDef.reviews && defs.review) {
      const outcomes = enumOf(defs.reviewItem, 'outcome', ['done', 'partly', 'notDone']);
      // The last review at the last visit, the others spread over the visits before it.
      plan.reviews = Array.from({ length: size.reviews }, (_, i) => {
        const at = Math.round(((i + 1) * (c.visits.length - 1)) / size.reviews);
        return {
          id: `r${i + 1}`,
          visitId: c.visits[at].id,
          items: plan.agreements.map((a) => ({
            agreementId: a.id,
            outcome: pick(rand, outcomes),
            why: noteText(rand, WORRIES, 0),
            next: noteText(rand, TASKS, 0),
          })),
          note: noteText(rand, GOING_WELL, 1),
        };
      });
    }
    c.plan = plan;
    included.plan = true;
  }
  c.updatedMs = demo.updatedMs;
  return { c, respondents: respondents.length, included, people: people.length };
}

// ---------------------------------------------------------------------------------------------
// Browser helpers

async function throttledPage(browser, { initScript, contextOptions = {} } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, ...contextOptions });
  const page = await context.newPage();
  page.errors = [];
  page.requests = [];
  page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && page.errors.push(`console.error: ${m.text()}`));
  context.on('request', (r) => page.requests.push(r.url()));
  if (initScript) await page.addInitScript(initScript);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
  return { context, page, cdp };
}

// Runs in the page at every animation frame (waitForFunction, polling 'raf'): which screen is up
// and interactive, if any. `want`: the screens that count; `caseName`: the start screen counts
// only once it lists that case (an alert instead of it ends the wait with that alert).
function screenPredicate({ want, caseName, ui }) {
  if (window.__benchOld) return false; // the document before a reload, still polled for a moment
  const first = !window.__benchPolled;
  window.__benchPolled = true;
  const main = document.querySelector('main');
  if (!main) return false;
  const buttons = [...main.querySelectorAll('button')];
  const enabled = (label) => buttons.some((b) => b.textContent.trim() === label && !b.disabled);
  let screen = null;
  if (enabled(ui.start)) {
    if (caseName && !buttons.some((b) => b.textContent.trim().startsWith(caseName))) {
      const alert = main.querySelector('[role="alert"]');
      if (alert) return { error: alert.textContent.trim() };
      return false;
    }
    screen = 'start';
  } else if (enabled(ui.setup)) screen = 'setup';
  else if (enabled(ui.unlock) && main.querySelector('input[type="password"]')) screen = 'unlock';
  if (!screen || !want.includes(screen)) return false;
  if (window.__benchMarkReady) performance.mark('sp-tap-end-0');
  return {
    t: performance.now(),
    screen,
    first,
  };
}

// The first screen after a navigation is watched from inside the page, by a poller that an init
// script starts with the document, not by waitForFunction: that would inject Playwright's own
// script (tens of ms of parsing and running at 4x throttling) into the page while the app starts,
// and count it as start-up time. The poller reports the screen once, on the console.
const FIRST_SCREEN = '__bench_first_screen ';

/** The init script that watches for the first screen (see FIRST_SCREEN), once per document. */
function firstScreenScript({ want = ['start', 'setup', 'unlock'], caseName } = {}) {
  const arg = JSON.stringify({ want, caseName, ui: { start: UI.start, setup: UI.setup, unlock: UI.unlock } });
  return `(() => {
    const predicate = ${screenPredicate.toString()};
    const tick = () => {
      const r = predicate(${arg});
      if (r) console.debug(${JSON.stringify(FIRST_SCREEN)} + JSON.stringify(r));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();`;
}

/** What the page's first-screen poller reports next; call before the navigation it is about. */
function firstScreen(page) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error('no first screen within 60 s')), 60_000);
    const done = (err, r) => {
      clearTimeout(timer);
      page.off('console', on);
      if (err) reject(err);
      else if (r.error) reject(new Error(`the app said: ${r.error}`));
      else resolve(r);
    };
    const on = (m) => {
      if (m.text().startsWith(FIRST_SCREEN)) done(null, JSON.parse(m.text().slice(FIRST_SCREEN.length)));
    };
    page.on('console', on);
  });
}

async function waitScreen(page, { want = ['start', 'setup', 'unlock'], caseName } = {}) {
  const ui = { start: UI.start, setup: UI.setup, unlock: UI.unlock };
  const handle = await page.waitForFunction(screenPredicate, { want, caseName, ui }, { polling: 'raf', timeout: 60_000 });
  const r = await handle.jsonValue();
  await handle.dispose();
  if (r.error) throw new Error(`the app said: ${r.error}`);
  return r;
}

/**
 * Types the passphrase on the set-up or unlock screen (not timed), clicks its button and returns
 * the time from the click to the first frame of the start screen (with `caseName` listed).
 */
async function passLock(page, screen, caseName) {
  if (screen === 'setup') {
    await page.getByLabel(UI.newPassphrase, { exact: true }).fill(PASSPHRASE);
    await page.getByLabel(UI.againPassphrase, { exact: true }).fill(PASSPHRASE);
  } else {
    await page.getByLabel(UI.passphrase, { exact: true }).fill(PASSPHRASE);
  }
  const t0 = await page.evaluate((label) => {
    const button = [...document.querySelectorAll('main button')].find((b) => b.textContent.trim() === label);
    const t = performance.now();
    button.click();
    return t;
  }, UI[screen]);
  const r = await waitScreen(page, { want: ['start'], caseName });
  return r.t - t0;
}

/**
 * Before a warm load: waits until the app's service worker (if it registers one) is active and
 * controls the page, so the warm load is a service-worker start as a returning user's is, not a
 * race with the worker's install. Returns 'none' (no worker registered within 3 s), 'controlled',
 * or 'not controlling' (active, but no control within 15 s).
 */
async function swSettled(page) {
  return page.evaluate(async () => {
    const sw = navigator.serviceWorker;
    if (!sw) return 'none';
    const until = (p, ms) => Promise.race([p, new Promise((r) => setTimeout(() => r(undefined), ms))]);
    let reg = await sw.getRegistration();
    for (let i = 0; !reg && i < 30; i++) {
      await new Promise((r) => setTimeout(r, 100));
      reg = await sw.getRegistration();
    }
    if (!reg) return 'none';
    await until(sw.ready, 15_000);
    if (!sw.controller) await until(new Promise((r) => sw.addEventListener('controllerchange', r, { once: true })), 15_000);
    return sw.controller ? 'controlled' : 'not controlling';
  });
}

/** Up to the start screen, whatever lock screen comes first. */
async function toStart(page, caseName) {
  const r = await waitScreen(page, { caseName });
  if (r.screen !== 'start') await passLock(page, r.screen, caseName);
}

/** A series of start-up runs: one URL, what the start screen must list, the figures' prefix. */
function startSeries(prefix, url, caseName) {
  return { prefix, url, caseName, cold: [], warm: [], setup: [], unlock: [], screens: new Set(), missedStart: 0, sw: new Set(), error: null };
}

/**
 * One run: cold (fresh context), then warm (reload in the same context); on the way, the time
 * the set-up (cold) and the unlock (warm) take when the app shows those screens.
 */
async function startRun(browser, r) {
  const { url, caseName } = r;
  const origin = new URL(url).origin + '/';
  const { context, page, cdp } = await throttledPage(browser, { initScript: firstScreenScript({ caseName }) });
  try {
    let ready = firstScreen(page);
    await page.goto(url, { waitUntil: 'commit' });
    const c = await ready;
    let setup = null;
    let unlock = null;
    if (c.screen === 'setup') setup = await passLock(page, 'setup', caseName);
    else if (c.screen === 'unlock') throw new Error('a fresh browser context shows the unlock screen');
    r.sw.add(await swSettled(page));
    // Re-sent to be sure it holds for the new document as well.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    ready = firstScreen(page);
    await page.reload({ waitUntil: 'commit' });
    const w = await ready;
    if (w.screen === 'unlock') unlock = await passLock(page, 'unlock', caseName);
    if (page.errors.length) throw new Error(`the page reported errors: ${page.errors.join(' | ')}`);
    const foreign = page.requests.filter((u) => !u.startsWith(origin) && !/^(data|blob):/.test(u));
    if (foreign.length) throw new Error(`requests outside the app: ${foreign.join(' ')}`);
    for (const x of [c, w]) if (x.first) r.missedStart++;
    r.screens.add(`cold: ${c.screen}, warm: ${w.screen}`);
    r.cold.push(c.t);
    r.warm.push(w.t);
    if (setup !== null) r.setup.push(setup);
    if (unlock !== null) r.unlock.push(unlock);
  } finally {
    await context.close();
  }
}

function printStart(r) {
  const { prefix } = r;
  if (r.error) {
    broken++;
    note(`${prefix}ready: could not measure: ${r.error}`);
    return;
  }
  figure(`${prefix}ready_cold_median`, median(r.cold), 'ms');
  figure(`${prefix}ready_warm_median`, median(r.warm), 'ms');
  note(
    `${prefix}ready runs, cold: ${fmt(r.cold)}; warm: ${fmt(r.warm)} (ms); first screen ${[...r.screens].join(' | ')}; ` +
      `service worker before the warm load: ${[...r.sw].join(' | ')}`,
  );
  if (r.setup.length) figure(`${prefix}setup_median`, median(r.setup), 'ms');
  if (r.unlock.length) figure(`${prefix}unlock_median`, median(r.unlock), 'ms');
  if (r.setup.length || r.unlock.length) note(`${prefix}setup runs: ${fmt(r.setup)}; unlock runs: ${fmt(r.unlock)} (ms)`);
  if (r.missedStart) note(`WARNING ${prefix}ready: ${r.missedStart} load(s) were ready at the first poll; the time may be late`);
}

// Injected before the app's scripts in the tap page: counts committed readwrite transactions and
// notes when the last one committed, so the bench can wait for the app's autosave to finish
// between taps and time it. Wraps, never changes, the call.
const COUNT_WRITES = `(() => {
  const transaction = IDBDatabase.prototype.transaction;
  window.__benchWrites = 0;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = transaction.apply(this, args);
    if (args[1] === 'readwrite') tx.addEventListener('complete', () => {
      window.__benchWrites++;
      window.__benchCommitted = performance.now();
    });
    return tx;
  };
  // Typing: which state of the case each write holds (its encrypt call) and when it was on disk.
  window.__benchSaves = [];
  let lastEncrypt = 0;
  const encrypt = SubtleCrypto.prototype.encrypt;
  SubtleCrypto.prototype.encrypt = function (...args) {
    lastEncrypt = performance.now();
    return encrypt.apply(this, args);
  };
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if (this.name === 'cases') {
      const save = { snapshot: lastEncrypt, committed: null };
      window.__benchSaves.push(save);
      this.transaction.addEventListener('complete', () => { save.committed = performance.now(); });
    }
    return put.apply(this, args);
  };
})();`;

// Types into the textarea #boxId for `ms`, a key every `every` ms, then waits until the last key is
// on disk. See the header for the method.
async function typeInPage({ boxId, ms, every }) {
  const box = document.getElementById(boxId);
  if (!box) throw new Error(`textarea #${boxId} is gone`);
  const text = 'Mama vertelt dat het sinds de zomer beter gaat met slapen en dat oma op woensdag helpt. ';
  performance.clearMeasures('samenplan:save');
  const saves = window.__benchSaves;
  const first = saves.length;
  const keys = [];
  const t0 = performance.now();
  await new Promise((resolve) => {
    const key = () => {
      if (performance.now() - t0 >= ms) return resolve();
      box.value += text[keys.length % text.length];
      keys.push(performance.now());
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      setTimeout(key, every);
    };
    key();
  });
  const typedMs = performance.now() - t0;
  const last = keys[keys.length - 1];
  const t = performance.now();
  while (!saves.slice(first).some((s) => s.snapshot > last && s.committed !== null)) {
    if (performance.now() - t > 15_000) throw new Error('the last key was not on disk within 15 s');
    await new Promise((r) => setTimeout(r, 20));
  }
  const writes = saves.slice(first).filter((s) => s.committed !== null);
  const durable = keys.map((k) => writes.find((w) => w.snapshot > k).committed - k);
  const during = writes.filter((w) => w.snapshot <= last + every);
  const entries = performance.getEntriesByName('samenplan:save');
  return {
    keys: keys.length,
    typedMs,
    durable,
    writes: during.length,
    main: entries.map((e) => e.detail?.main ?? NaN),
    wall: entries.map((e) => e.duration),
    bytes: entries.length ? entries[entries.length - 1].detail?.bytes : NaN,
  };
}

// One tap, timed in the page. See the header for the method.
async function tapInPage({ radioId, expect, aligned, mark }) {
  const spot = () => document.querySelector('svg.triangle [role="button"][aria-pressed="true"]');
  const updated = () => {
    const r = document.getElementById(radioId);
    const s = spot();
    return Boolean(r && r.checked && s && (s.getAttribute('aria-label') || '').includes(expect));
  };
  const before = window.__benchWrites;
  let t0 = 0;
  const result = await new Promise((resolve, reject) => {
    const go = () => {
      const radio = document.getElementById(radioId);
      if (!radio) return reject(new Error(`radio #${radioId} is gone`));
      // The profile finds each tap in the trace by these marks (user timing).
      if (mark !== undefined) performance.mark(`sp-tap-${mark}`);
      t0 = performance.now();
      radio.click();
      let frames = 0;
      const check = () => {
        if (updated()) {
          if (mark !== undefined) performance.mark(`sp-tap-end-${mark}`);
          return resolve({ ms: performance.now() - t0, frames });
        }
        if (++frames > 300) return reject(new Error(`the tap on #${radioId} never showed "${expect}"`));
        requestAnimationFrame(() => setTimeout(check, 0));
      };
      // aligned: clicked inside a rAF callback, so the setTimeout below runs after this very
      // frame's rendering. Otherwise clicked from a task; the first check then is after the next frame.
      if (aligned) setTimeout(check, 0);
      else requestAnimationFrame(() => setTimeout(check, 0));
    };
    if (aligned) requestAnimationFrame(go);
    else setTimeout(go, 0);
  });
  // Quiet page before the next tap: the autosave's transaction committed, then 100 ms.
  const t = performance.now();
  while (window.__benchWrites <= before) {
    if (performance.now() - t > 15_000) throw new Error('the autosave did not commit within 15 s');
    await new Promise((r) => setTimeout(r, 10));
  }
  result.saved = window.__benchCommitted - t0;
  await new Promise((r) => setTimeout(r, 100));
  return result;
}

// ---------------------------------------------------------------------------------------------
// Profile: where a tap's time goes

// Trace categories: the main thread's tasks (script, style, layout, paint), user timing (the taps'
// marks) and V8's sampling CPU profiler at its high resolution (100 µs).
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
];
const PROFILE_TAPS = 20;

// Main-thread trace events by what they are; their self time counts (nested events subtracted).
const TRACE_KINDS = [
  ['script', /^(EventDispatch|FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame|FireIdleCallback|v8\.callFunction|V8\.Execute|v8\.run|EvaluateScript|v8\.evaluateModule|v8\.compile|V8\.CompileCode|v8\.produceCache|V8\.HandleInterrupts|V8\.StackGuard)$/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation|InvalidateLayout|StyleInvalidatorInvalidationTracking)$/],
  ['layout', /^(Layout|UpdateLayerTree|IntersectionObserverController::computeIntersections|ComputeIntersections)$/],
  ['paint', /^(PrePaint|Paint|PaintImage|Layerize|UpdateLayer|Commit|CompositeLayers|Decode Image|PaintArtifactCompositor::Update)$/],
  ['gc', /GC|Scavenge|MarkCompact|Sweep|BlinkGC|CppGC/],
];

/** A function's owner from its name: the first crate of the path (`<a::B as c::D>::f` is a's). */
function crateOf(name) {
  const m = /^[<&\s]*(?:dyn\s+|mut\s+)*([A-Za-z_][A-Za-z0-9_]*)::/.exec(name);
  return m ? m[1] : null;
}

/**
 * Which part of the app a CPU sample's time belongs to, from its stack (leaf first). JS leaves:
 * called from wasm (the glue and the DOM it calls: 'dom'), or not ('js'). Wasm leaves in the Rust
 * runtime (alloc, core, dlmalloc, serde, web-sys...) count for the nearest caller that is Yew or
 * the app: 'yew' (its diff, reconciliation, hooks, scheduler), 'shell' (our screens, widgets and
 * state: src/web) or 'core' (src/core, src/i18n, src/export).
 */
function bucketOf(stack) {
  const leaf = stack[0]?.callFrame ?? {};
  const name = leaf.functionName ?? '';
  if (name === '(idle)') return 'idle';
  if (name === '(program)') return 'program';
  if (name === '(garbage collector)') return 'gc';
  const wasm = (f) => /\.wasm$|^wasm:/.test(f.url ?? '');
  // A JS leaf under a wasm frame is the app calling the DOM (through the glue); any other JS leaf is
  // the browser's own event dispatch and timers, or the bench's tap itself.
  if (!wasm(leaf)) return stack.some((n) => wasm(n.callFrame)) ? 'dom' : 'js';
  for (const node of stack) {
    const f = node.callFrame;
    if (!wasm(f)) continue;
    const crate = crateOf(f.functionName ?? '');
    if (crate === 'samenplan') {
      return /^[<&\s]*samenplan::web::/.test(f.functionName) ? 'shell' : 'core';
    }
    if (['yew', 'implicit_clone', 'gloo', 'gloo_timers', 'gloo_events', 'prokio', 'pinned'].includes(crate)) return 'yew';
  }
  return 'runtime';
}

/** The breakdown of the traced taps (each between its sp-tap-N and sp-tap-end-N marks). */
function analyseTrace(events, taps, { cold = false } = {}) {
  const marks = new Map();
  let main = null;
  for (const e of events) {
    if (/^sp-tap-(end-)?\d+$/.test(e.name ?? '') && !marks.has(e.name)) {
      marks.set(e.name, e.ts);
      main ??= { pid: e.pid, tid: e.tid };
    }
  }
  // A cold start runs from the navigation's start to the first screen (marked sp-tap-end-0).
  if (cold && main) {
    const end = marks.get('sp-tap-end-0');
    // The page's own navigation: an SVG image (the icon) starts a navigation of its own, with no URL.
    const starts = events
      .filter((e) => e.name === 'navigationStart' && e.pid === main.pid && e.ts <= end && /^https?:/.test(e.args?.data?.documentLoaderURL ?? ''))
      .map((e) => e.ts);
    if (starts.length) marks.set('sp-tap-0', Math.max(...starts));
  }
  const windows = [];
  for (let i = 0; i < taps; i++) {
    const a = marks.get(`sp-tap-${i}`);
    const b = marks.get(`sp-tap-end-${i}`);
    if (a !== undefined && b !== undefined && b > a) windows.push([a, b]);
  }
  if (!windows.length || !main) throw new Error('the trace has none of the taps\' marks');
  const inWindow = (t) => windows.some(([a, b]) => t >= a && t <= b);
  const total = windows.reduce((n, [a, b]) => n + (b - a), 0);

  // Main thread: self time of each complete event, by kind.
  const own = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur > 0)
    .sort((x, y) => x.ts - y.ts || y.dur - x.dur);
  const stack = [];
  for (const e of own) {
    e.self = e.dur;
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (stack.length) stack.at(-1).self -= Math.min(e.dur, stack.at(-1).ts + stack.at(-1).dur - e.ts);
    stack.push(e);
  }
  const kinds = { script: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0 };
  const others = new Map();
  // Style, layout and paint by event, to tell a large style recalculation from a large paint.
  const rendering = new Map();
  for (const e of own) {
    if (!inWindow(e.ts) || e.self <= 0) continue;
    const kind = TRACE_KINDS.find(([, re]) => re.test(e.name))?.[0] ?? 'other';
    kinds[kind] += e.self;
    if (kind === 'other') others.set(e.name, (others.get(e.name) ?? 0) + e.self);
    if (['style', 'layout', 'paint'].includes(kind)) rendering.set(e.name, (rendering.get(e.name) ?? 0) + e.self);
  }

  // The CPU profile (chunks of nodes and samples, the clock of the trace): the profile of the
  // main thread is the one with most samples inside the taps.
  const profiles = new Map();
  for (const e of events) {
    if (e.name === 'Profile') profiles.set(`${e.pid}:${e.id}`, { start: e.args?.data?.startTime ?? e.ts, nodes: new Map(), samples: [], deltas: [] });
    if (e.name === 'ProfileChunk') {
      const p = profiles.get(`${e.pid}:${e.id}`);
      const d = e.args?.data;
      if (!p || !d) continue;
      for (const n of d.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
      p.samples.push(...(d.cpuProfile?.samples ?? []));
      p.deltas.push(...(d.timeDeltas ?? []));
    }
  }
  let best = null;
  for (const p of profiles.values()) {
    let t = p.start;
    const times = p.deltas.map((d) => (t += d));
    const inside = times.filter(inWindow).length;
    if (!best || inside > best.inside) best = { ...p, times, inside };
  }
  const buckets = { yew: 0, shell: 0, core: 0, runtime: 0, dom: 0, js: 0, gc: 0, program: 0, idle: 0 };
  const leaves = new Map();
  if (best?.inside) {
    const stackOf = (id) => {
      const out = [];
      for (let n = best.nodes.get(id); n; n = best.nodes.get(n.parent)) out.push(n);
      return out;
    };
    // Parents are given as children lists in the profile's nodes.
    for (const n of best.nodes.values()) for (const c of n.children ?? []) if (best.nodes.has(c)) best.nodes.get(c).parent = n.id;
    const memo = new Map();
    for (let k = 0; k < best.samples.length; k++) {
      const t = best.times[k];
      if (!inWindow(t)) continue;
      const w = (best.times[k + 1] ?? t + 100) - t;
      const id = best.samples[k];
      if (!memo.has(id)) memo.set(id, stackOf(id));
      const st = memo.get(id);
      const b = bucketOf(st);
      buckets[b] += w;
      if (!['idle', 'program'].includes(b)) {
        const leaf = (st[0]?.callFrame?.functionName || '(anonymous)').replace(/::h[0-9a-f]{16}$/, '');
        leaves.set(leaf, (leaves.get(leaf) ?? 0) + w);
      }
    }
  }
  return { taps: windows.length, total, kinds, others, rendering, buckets, leaves, sampled: best?.inside ?? 0 };
}

/** Prints one profile's breakdown (from analyseTrace) as `<prefix>profile_*` figures and notes. */
function printProfile(prefix, r, what) {
  const per = (us) => us / 1000 / r.taps;
  const k = r.kinds;
  const b = r.buckets;
  figure(`${prefix}profile_${what}_ms`, per(r.total), 'ms', 1);
  figure(`${prefix}profile_script_ms`, per(k.script), 'ms', 1);
  figure(`${prefix}profile_style_layout_ms`, per(k.style + k.layout), 'ms', 1);
  figure(`${prefix}profile_paint_ms`, per(k.paint), 'ms', 1);
  figure(`${prefix}profile_gc_ms`, per(k.gc), 'ms', 1);
  figure(`${prefix}profile_other_ms`, per(r.total - k.script - k.style - k.layout - k.paint - k.gc), 'ms', 1);
  note(
    `${prefix}profile: main thread per ${what}: script ${per(k.script).toFixed(1)}, style ${per(k.style).toFixed(1)}, layout ${per(k.layout).toFixed(1)}, ` +
      `paint/composite ${per(k.paint).toFixed(1)}, gc ${per(k.gc).toFixed(1)}, other tasks ${per(k.other).toFixed(1)} ms; ` +
      `the rest is waiting (for the frame, the network, storage, between tasks)`,
  );
  const topOthers = [...r.others].sort((x, y) => y[1] - x[1]).slice(0, 4).map(([n, us]) => `${n} ${per(us).toFixed(1)}`);
  if (topOthers.length) note(`${prefix}profile: other main-thread tasks per ${what} (ms): ${topOthers.join(', ')}`);
  const topRendering = [...r.rendering].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([n, us]) => `${n} ${per(us).toFixed(1)}`);
  if (topRendering.length) note(`${prefix}profile: style, layout and paint per ${what} by event (ms): ${topRendering.join(', ')}`);
  if (!r.sampled) return note(`${prefix}profile: the trace has no CPU samples inside the ${what}`);
  figure(`${prefix}profile_yew_ms`, per(b.yew), 'ms', 1);
  figure(`${prefix}profile_own_ms`, per(b.shell + b.core), 'ms', 1);
  figure(`${prefix}profile_dom_ms`, per(b.dom), 'ms', 1);
  note(
    `${prefix}profile: CPU samples per ${what} (ms): Yew ${per(b.yew).toFixed(1)} (diff, reconcile, hooks, scheduler), ` +
      `our screens/state ${per(b.shell).toFixed(1)}, our core ${per(b.core).toFixed(1)}, Rust runtime outside both ${per(b.runtime).toFixed(1)}, ` +
      `DOM calls through the glue ${per(b.dom).toFixed(1)}, other JS (event dispatch, timers, the bench's tap) ${per(b.js).toFixed(1)}, GC ${per(b.gc).toFixed(1)}, ` +
      `browser-native (style, layout, paint, parsing) ${per(b.program).toFixed(1)}; ${r.sampled} samples`,
  );
  const top = [...r.leaves].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([n, us]) => `${n.slice(0, 90)} ${per(us).toFixed(2)}`);
  note(`${prefix}profile: busiest functions per ${what} (self ms): ${top.join(' | ')}`);
}

/** Routes the page's wasm and glue to the name-keeping build in `names`. */
async function useNames(page, names) {
  await page.route('**/pkg/samenplan.js', (r) => r.fulfill({ path: path.join(names, 'samenplan.js'), contentType: 'text/javascript' }));
  await page.route('**/pkg/samenplan_bg.wasm', (r) =>
    r.fulfill({ path: path.join(names, 'samenplan_bg.wasm'), contentType: 'application/wasm' }),
  );
}

/** Traces one cold start (fresh context, nothing stored) up to the first screen; prints the breakdown. */
async function profileCold(browser, baseUrl, names) {
  const { context, page } = await throttledPage(browser, {
    contextOptions: { serviceWorkers: 'block' },
    initScript: `window.__benchMarkReady = true;${firstScreenScript()}`,
  });
  try {
    await useNames(page, names);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const ready = firstScreen(page);
    await page.goto(baseUrl, { waitUntil: 'commit' });
    await ready;
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const r = analyseTrace(trace.traceEvents ?? trace, 1, { cold: true });
    note(`cold_profile: one cold start traced (navigation start to the first screen), with the unsplit wasm: ${(r.total / 1000).toFixed(0)} ms`);
    printProfile('cold_', r, 'start');
  } finally {
    await context.close();
  }
}

/**
 * Traces PROFILE_TAPS taps in a build whose wasm keeps its function names; prints the breakdown.
 * `open(page)` goes from the start screen to the taps and returns `tap(i, mark)`.
 */
async function profileTaps(browser, baseUrl, prefix, names, open) {
  const { context, page } = await throttledPage(browser, { initScript: COUNT_WRITES, contextOptions: { serviceWorkers: 'block' } });
  try {
    // The same app with the unsplit, name-keeping wasm (the service worker is off, so these are used).
    await useNames(page, names);
    await page.goto(`${baseUrl}?demo`);
    await toStart(page, CASE_NAME);
    const tap = await open(page);
    for (let i = 0; i < 4; i++) await tap(i); // warm, untraced
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const measured = [];
    for (let i = 0; i < PROFILE_TAPS; i++) measured.push((await tap(i, i)).ms);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const r = analyseTrace(trace.traceEvents ?? trace, PROFILE_TAPS);
    note(`${prefix}profile: ${r.taps} taps traced (tap-to-paint median ${median(measured).toFixed(1)} ms while tracing)`);
    printProfile(prefix, r, 'tap');
    if (page.errors.length) throw new Error(`the page reported errors: ${page.errors.join(' | ')}`);
  } finally {
    await context.close();
  }
}

/** The triangle's taps, traced (see profileTaps). */
function profileVisit(browser, baseUrl, prefix, names) {
  return profileTaps(browser, baseUrl, prefix, names, async (page) => {
    const radios = await toTriangle(page);
    return (i, mark) => page.evaluate(tapInPage, { radioId: radios[i % 2].id, expect: `${TAP_GROUP}: ${radios[i % 2].name}`, aligned: true, mark });
  });
}

/** The circle's taps, traced (see profileTaps). */
function profileCircle(browser, baseUrl, made, names) {
  return profileTaps(browser, baseUrl, 'circle_', names, async (page) => {
    const { tokenId, radios } = await openCircle(page, made);
    return (i, mark) => page.evaluate(circleTapInPage, { radioId: radios[i % 2].id, tokenId, expect: radios[i % 2].expect, mark });
  });
}

// One tap on the circle, timed in the page (see the header): the end is the frame in which the
// radio is checked and the person's token says the new line's sentence.
async function circleTapInPage({ radioId, tokenId, expect, mark }) {
  const updated = () => {
    const r = document.getElementById(radioId);
    const t = document.getElementById(tokenId);
    return Boolean(r && r.checked && t && (t.getAttribute('aria-label') || '').endsWith(expect));
  };
  const before = window.__benchWrites;
  let t0 = 0;
  const result = await new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      const radio = document.getElementById(radioId);
      if (!radio) return reject(new Error(`radio #${radioId} is gone`));
      if (mark !== undefined) performance.mark(`sp-tap-${mark}`);
      t0 = performance.now();
      radio.click();
      let frames = 0;
      const check = () => {
        if (updated()) {
          if (mark !== undefined) performance.mark(`sp-tap-end-${mark}`);
          return resolve({ ms: performance.now() - t0, frames });
        }
        if (++frames > 300) return reject(new Error(`the tap on #${radioId} never showed "${expect}"`));
        requestAnimationFrame(() => setTimeout(check, 0));
      };
      setTimeout(check, 0);
    });
  });
  const t = performance.now();
  while (window.__benchWrites <= before) {
    if (performance.now() - t > 15_000) throw new Error('the autosave did not commit within 15 s');
    await new Promise((r) => setTimeout(r, 10));
  }
  await new Promise((r) => setTimeout(r, 100));
  return result;
}

/** Opens the circle case's "Netwerk" step and the made person's details; returns their token's id and the two line radios. */
async function openCircle(page, made) {
  await page.getByRole('button', { name: new RegExp(`^${CASE_NAME}`) }).click();
  await page.getByRole('button', { name: UI.circle, exact: true }).click();
  const tokenId = `tok-${made.id}`;
  await page.locator(`[id="${tokenId}"]`).click();
  const group = page.getByRole('region', { name: UI.t('circle-edit-heading', { name: made.name }) }).getByRole('group', { name: UI.familyLine });
  const radios = [];
  for (const [name, expect] of UI.lineKinds(made.name)) {
    const radio = group.getByRole('radio', { name, exact: true });
    radios.push({ id: await radio.evaluate((el) => {
      el.id ||= `bench-${Math.random().toString(36).slice(2)}`;
      return el.id;
    }), checked: await radio.isChecked(), expect });
  }
  if (radios[0].checked) radios.reverse();
  await group.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  return { tokenId, radios };
}

/** Circle tap-to-paint on the served circle case (see the header). */
async function measureCircle(browser, baseUrl, made) {
  const { context, page } = await throttledPage(browser, { initScript: COUNT_WRITES });
  try {
    await page.goto(`${baseUrl}?demo`);
    await toStart(page, CASE_NAME);
    await swSettled(page);
    const { tokenId, radios } = await openCircle(page, made);
    const times = [];
    let extraFrames = 0;
    for (let i = 0; i < TAPS; i++) {
      const r = radios[i % 2];
      const res = await page.evaluate(circleTapInPage, { radioId: r.id, tokenId, expect: r.expect });
      times.push(res.ms);
      if (res.frames) extraFrames++;
    }
    figure('circle_tap_to_paint_median', median(times), 'ms', 1);
    figure('circle_tap_to_paint_p95', percentile(times, 95), 'ms', 1);
    note(
      `circle_tap_to_paint: ${made.people} people, ${made.ties} lines; fastest ${Math.min(...times).toFixed(1)} ms, ` +
        `slowest ${Math.max(...times).toFixed(1)} ms` +
        (extraFrames ? `; ${extraFrames} of ${TAPS} taps needed more than one frame` : '; every tap painted in its own frame'),
    );
  } finally {
    await context.close();
  }
}

async function saveInPage({ key, n }) {
  const req = (r) =>
    new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const db = await req(indexedDB.open('samenplan'));
  try {
    const record = await req(db.transaction('cases').objectStore('cases').get(key));
    if (record === undefined) throw new Error(`no stored record for ${key}`);
    const times = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await new Promise((resolve, reject) => {
        const tx = db.transaction('cases', 'readwrite');
        tx.objectStore('cases').put(record, key);
        tx.oncomplete = resolve;
        tx.onerror = tx.onabort = () => reject(tx.error);
      });
      times.push(performance.now() - t0);
    }
    const bytes =
      typeof record === 'string' ? new TextEncoder().encode(record).length : (record.byteLength ?? JSON.stringify(record).length);
    return { times, bytes, kind: typeof record === 'string' ? 'text' : Object.prototype.toString.call(record).slice(8, -1) };
  } finally {
    db.close();
  }
}

/**
 * Opens the demo family's triangle; returns the two radios the taps alternate ({ id, name }),
 * the one not chosen yet first, so the first tap is a change too.
 */
async function toTriangle(page) {
  await page.getByRole('button', { name: new RegExp(`^${CASE_NAME}`) }).click();
  await page.getByRole('button', { name: UI.triangle, exact: true }).click();
  const group = page.getByRole('group', { name: TAP_GROUP, exact: true });
  const radios = [];
  for (const name of TAP_LEVELS) {
    const radio = group.getByRole('radio', { name, exact: true });
    radios.push({ id: await radio.evaluate((el) => el.id), checked: await radio.isChecked(), name });
  }
  if (radios[0].checked) radios.reverse();
  // The card is taller than the screen: a person scrolls to Sanne's answer before tapping it.
  await group.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  return radios;
}

/** Tap-to-paint, autosave, save and memory for one served build; figures get `prefix`. */
async function measureVisit(browser, baseUrl, prefix) {
  const { context, page, cdp } = await throttledPage(browser, { initScript: COUNT_WRITES });
  try {
    await page.goto(`${baseUrl}?demo`);
    await toStart(page, CASE_NAME);
    // The service worker's first install downloads every file; let it finish before timing taps.
    await swSettled(page);
    const radios = await toTriangle(page);
    const aligned = [];
    const nextFrame = [];
    const autosave = [];
    let extraFrames = 0;
    for (let i = 0; i < 2 * TAPS; i++) {
      const r = radios[i % 2];
      const res = await page.evaluate(tapInPage, { radioId: r.id, expect: `${TAP_GROUP}: ${r.name}`, aligned: i % 2 === 0 });
      autosave.push(res.saved - AUTOSAVE_MS);
      if (i % 2 === 0) {
        aligned.push(res.ms);
        if (res.frames) extraFrames++;
      } else nextFrame.push(res.ms);
    }
    figure(`${prefix}tap_to_paint_median`, median(aligned), 'ms', 1);
    figure(`${prefix}tap_to_paint_p95`, percentile(aligned, 95), 'ms', 1);
    figure(`${prefix}tap_to_next_frame_median`, median(nextFrame), 'ms', 1);
    figure(`${prefix}tap_to_next_frame_p95`, percentile(nextFrame, 95), 'ms', 1);
    const slowest = aligned
      .map((ms, i) => [ms, i + 1])
      .sort((a, b) => b[0] - a[0])
      .slice(0, 3)
      .map(([ms, i]) => `${ms.toFixed(1)} (tap ${i})`);
    note(
      `${prefix}tap_to_paint fastest ${Math.min(...aligned).toFixed(1)} ms, slowest ${slowest.join(', ')} ms` +
        (extraFrames ? `; ${extraFrames} of ${TAPS} taps needed more than one frame` : '; every tap painted in its own frame'),
    );
    figure(`${prefix}autosave_median`, median(autosave), 'ms', 1);

    const group = page.getByRole('group', { name: TAP_GROUP, exact: true });
    const boxId = await group.getByLabel(UI.goingWell).evaluate((el) => el.id);
    const typed = await page.evaluate(typeInPage, { boxId, ms: TYPING_MS, every: KEY_EVERY_MS });
    figure(`${prefix}key_to_durable_median`, median(typed.durable), 'ms');
    figure(`${prefix}key_to_durable_p95`, percentile(typed.durable, 95), 'ms');
    figure(`${prefix}key_to_durable_max`, Math.max(...typed.durable), 'ms');
    figure(`${prefix}typing_writes_per_s`, typed.writes / (typed.typedMs / 1000), '/s', 2);
    figure(`${prefix}typing_save_main_median`, median(typed.main), 'ms', 2);
    figure(`${prefix}typing_save_wall_median`, median(typed.wall), 'ms', 1);
    figure(`${prefix}typing_save_main_share`, (100 * typed.main.reduce((a, b) => a + b, 0)) / typed.typedMs, '%', 2);
    note(
      `${prefix}typing: ${typed.keys} keys in ${(typed.typedMs / 1000).toFixed(1)} s, ${typed.writes} writes while typing ` +
        `(${typed.main.length} in all, the last after typing stopped), ${typed.bytes} B of JSON per write`,
    );

    const save = await page.evaluate(saveInPage, { key: CASE_ID, n: SAVES });
    figure(`${prefix}save_median`, median(save.times), 'ms', 1);
    figure(`${prefix}case_record`, save.bytes, 'B');
    if (save.kind !== 'text') note(`${prefix}case_record is stored as ${save.kind} (encrypted)`);

    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    figure(`${prefix}js_heap_used`, heap.usedSize, 'B');
    const wasmBytes = await page.evaluate(async () => {
      const glue = await import(new URL('pkg/samenplan.js', document.baseURI).href);
      const exports = await glue.default();
      return exports.memory instanceof WebAssembly.Memory ? exports.memory.buffer.byteLength : NaN;
    });
    figure(`${prefix}wasm_memory`, wasmBytes, 'B');

    // The family PDF, by its button on the share step, as a nurse asks for it. The first one also
    // fetches the PDF module and the fonts (click to download); then PDF_RUNS more, each timed in
    // the worker (the export status carries the worker's time in data-pdf-ms).
    const share = page.getByRole('button', { name: UI.share, exact: true });
    if (await share.count()) {
      await share.click();
      await page.locator('nav button[aria-current="page"]', { hasText: UI.share }).waitFor({ timeout: 10_000 });
      const button = page.getByRole('button', { name: UI.familyPdf, exact: true });
      pdfOffered = (await button.count()) > 0;
      if (pdfOffered) {
        const status = page.locator('p.export-status');
        const times = [];
        let bytes = 0;
        let first = 0;
        for (let i = 0; i <= PDF_RUNS; i++) {
          const t = Date.now();
          const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
          const file = await download.path();
          if (i === 0) first = Date.now() - t;
          bytes = fs.statSync(file).size;
          await page.waitForFunction((el) => el.dataset.pdfMs, await status.elementHandle());
          times.push(Number(await status.getAttribute('data-pdf-ms')));
          // A fresh status for the next one.
          await page.evaluate((el) => delete el.dataset.pdfMs, await status.elementHandle());
        }
        figure(`${prefix}pdf_first_click_to_download`, first, 'ms');
        figure(`${prefix}pdf_make_median`, median(times.slice(1)), 'ms');
        figure(`${prefix}pdf_size`, bytes, 'B');
        note(`${prefix}pdf runs in the worker: ${times.map((x) => x.toFixed(0)).join(' ')} ms (the first with the module just loaded)`);
      }
    } else pdfOffered = false;
    if (page.errors.length) throw new Error(`the page reported errors: ${page.errors.join(' | ')}`);
  } finally {
    await context.close();
  }
}

/** Whether the app accepts the served demo case: null, or what it said. */
async function demoRefusal(browser, baseUrl) {
  const { context, page } = await throttledPage(browser);
  try {
    await page.goto(`${baseUrl}?demo`);
    await toStart(page, CASE_NAME);
    return null;
  } catch (err) {
    return String(err?.message ?? err).split('\n')[0];
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--dist');
  if (at < 0 || !argv[at + 1]) {
    console.error('usage: node scripts/bench.mjs --dist DIR [--names DIR]   (scripts/bench builds and passes them)');
    return 2;
  }
  const dist = path.resolve(argv[at + 1]);
  const namesAt = argv.indexOf('--names');
  const names = namesAt >= 0 && argv[namesAt + 1] ? path.resolve(argv[namesAt + 1]) : null;
  if (!fs.existsSync(path.join(dist, 'pkg', 'samenplan_bg.wasm'))) {
    console.error(`bench: ${dist}/pkg/samenplan_bg.wasm is missing`);
    return 1;
  }
  UI = uiWords(dist);
  const t0 = Date.now();
  note(`samenplan bench: ${dist}, ${os.cpus().length} cores, load average ${loadavg()}`);
  if (os.loadavg()[0] > os.cpus().length / 2) {
    note('WARNING: the machine is busy (load average above half the cores); timings will be slower and noisier');
  }
  note(`browser: /usr/bin/chromium headless, ${CPU_THROTTLING}x CPU throttling, viewport ${VIEWPORT.width}x${VIEWPORT.height}`);

  let firstLoadFiles = new Set();
  let afterFirstScreen = new Set();
  await section('sizes', () => {
    ({ counted: firstLoadFiles, after: afterFirstScreen } = measureSizes(dist));
  });

  // The larger cases, each in its own copy of the build.
  const big = (measures('big') ? BIG : []).map((x) => ({ ...x, dist: fs.mkdtempSync(path.join(os.tmpdir(), `samenplan-bench-${x.prefix}`)), make: null, server: null, ok: false }));
  const removeBig = () => big.forEach((x) => fs.rmSync(x.dist, { recursive: true, force: true }));
  const cleanup = [removeBig];
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      removeBig();
      process.exit(130);
    });
  }
  // The build's own copies of schemas/examples/demo-case.json, the triangle and the case schema,
  // so the larger cases match the app being measured even if schemas/ changed since the build.
  const readJson = (p) => JSON.parse(fs.readFileSync(path.join(dist, p), 'utf8'));
  await section('larger cases', () => {
    const demo = readJson('demo-case.json');
    const triangle = readJson('instruments/triangle.json');
    const schema = readJson('schemas/case.schema.json');
    for (const x of big) {
      fs.cpSync(dist, x.dist, { recursive: true });
      x.make = (with_) => {
        const made = largeCase(demo, triangle, schema, with_, x.size);
        fs.writeFileSync(path.join(x.dist, 'demo-case.json'), JSON.stringify(made.c, null, x.indent) + '\n');
        return made;
      };
      x.make({ plan: true, circle: true });
    }
    figure('demo_case_raw', fs.statSync(path.join(dist, 'demo-case.json')).size, 'B');
  });

  // The circle case (25 people with lines), in its own copy of the build.
  let circleMade = null;
  const circleDist = fs.mkdtempSync(path.join(os.tmpdir(), 'samenplan-bench-circle-'));
  cleanup.push(() => fs.rmSync(circleDist, { recursive: true, force: true }));
  await section('circle case', () => {
    circleMade = circleCase(readJson('demo-case.json'), readJson('schemas/case.schema.json'));
    if (!circleMade) {
      note('circle tap-to-paint: not measured (the case schema has no relation lines)');
      return;
    }
    fs.cpSync(dist, circleDist, { recursive: true });
    fs.writeFileSync(path.join(circleDist, 'demo-case.json'), JSON.stringify(circleMade.c, null, 2) + '\n');
  });

  const server = await startServer({ root: dist, port: 0 });
  cleanup.unshift(() => server.close());
  for (const x of big.filter((x) => x.make)) {
    x.server = await startServer({ root: x.dist, port: 0 });
    cleanup.unshift(() => x.server.close());
  }
  const circleServer = circleMade ? await startServer({ root: circleDist, port: 0 }) : null;
  if (circleServer) cleanup.unshift(() => circleServer.close());
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  cleanup.unshift(() => browser.close());

  try {
    // Discarded warm-up (cold + warm), which also records what a load fetches and what the warm
    // load gets from the HTTP cache (DevTools Network events; only in this untimed run).
    await section('warm-up', async () => {
      const { context, page, cdp } = await throttledPage(browser);
      try {
        const seen = [];
        await cdp.send('Network.enable');
        cdp.on('Network.responseReceived', (e) => seen.push(e.response));
        await page.goto(server.url, { waitUntil: 'commit' });
        await toStart(page);
        const coldPaths = new Set(seen.map((r) => new URL(r.url).pathname.slice(1) || 'index.html'));
        const missing = [...coldPaths].filter((p) => !firstLoadFiles.has(p) && !afterFirstScreen.has(p));
        const unused = [...firstLoadFiles].filter((p) => !coldPaths.has(p));
        note(`a cold load up to the start screen fetches ${coldPaths.size} files: ${[...coldPaths].sort().join(', ')}`);
        if (missing.length) note(`fetched but not counted in first_load: ${missing.join(', ')}`);
        if (unused.length) note(`counted in first_load but not fetched by a cold load: ${unused.join(', ')}`);
        const sw = await swSettled(page);
        seen.length = 0;
        await page.evaluate(() => {
          window.__benchOld = true;
        });
        await page.reload({ waitUntil: 'commit' });
        await waitScreen(page);
        const cached = seen.filter((r) => r.fromDiskCache || r.fromMemoryCache || r.status === 304);
        const worker = seen.filter((r) => r.fromServiceWorker);
        if (sw === 'none') {
          note(
            'warm = HTTP-cache warm: the app registers no service worker; ' +
              `on reload ${cached.length} of ${seen.length} responses came from the HTTP cache or were 304` +
              (cached.length ? '' : ' (scripts/serve.mjs sends Cache-Control: no-cache without ETag or Last-Modified, so every file is downloaded again)'),
          );
        } else {
          note(
            `warm = service-worker warm: before each warm load the bench waits until the app's service worker ` +
              `controls the page (here: ${sw}); on reload ${worker.length} of ${seen.length} responses came from it`,
          );
        }
      } finally {
        await context.close();
      }
    });

    for (const x of big.filter((x) => x.server)) {
      await section(x.title, async () => {
        // Drop what the app refuses (the newest parts first) and say so.
        const tries = [
          { plan: true, circle: true },
          { plan: true, circle: false },
          { plan: false, circle: false },
        ];
        const out = [];
        let made;
        let tried = null;
        for (const with_ of tries) {
          const m = x.make(with_);
          // The schema may not have a part at all: then two tries are the same file.
          if (JSON.stringify(m.included) === tried) continue;
          tried = JSON.stringify(m.included);
          made = m;
          const refusal = await demoRefusal(browser, x.server.url);
          if (!refusal) {
            x.ok = true;
            break;
          }
          out.push(`refused with ${Object.entries(made.included).filter(([, v]) => v).map(([k]) => k).join(' + ') || 'nothing extra'}: ${refusal}`);
        }
        for (const o of out) note(`${x.title} ${o}`);
        if (!x.ok) throw new Error(`the app refuses every version of the ${x.title}`);
        const c = made.c;
        const answers = c.assessments.reduce((n, a) => n + a.answers.length, 0);
        const agreements = c.plan?.agreements?.length ?? 0;
        note(
          `${x.title}: ${made.respondents} answering participants (of ${c.participants.length}), ${c.visits.length} visits, ` +
            `${answers} answers (${Math.round(x.size.notes * 100)}% with notes), ${agreements} agreements, ` +
            `${c.plan?.reviews?.length ?? 0} reviews, ${made.people} people in the circle`,
        );
        figure(`${x.prefix}case_raw`, fs.statSync(path.join(x.dist, 'demo-case.json')).size, 'B');
        const missing = [!made.included.circle && 'circle', !made.included.plan && 'agreements'].filter(Boolean);
        if (missing.length) note(`not yet in the app: ${missing.join(', ')}`);
      });
    }

    // Start-up: the series take turns, run by run, so a busy moment of the machine does not fall
    // on one series only.
    const series = [
      startSeries('', server.url),
      startSeries('demo_', `${server.url}?demo`, CASE_NAME),
      ...big.filter((x) => x.ok).map((x) => startSeries(x.prefix, `${x.server.url}?demo`, CASE_NAME)),
    ];
    for (let i = 0; i < (measures('start') ? READY_RUNS : 0); i++) {
      for (const r of series.filter((x) => !x.error)) {
        try {
          await startRun(browser, r);
        } catch (err) {
          r.error = String(err?.message ?? err).split('\n')[0];
          if (process.env.BENCH_DEBUG) console.error(err);
        }
      }
    }
    if (measures('start')) for (const r of series) printStart(r);

    if (measures('visit')) await section('tap, save, memory', () => measureVisit(browser, server.url, ''));
    for (const x of big.filter((x) => x.ok && measures('visit'))) {
      await section(`${x.title}: tap, save, memory`, () => measureVisit(browser, x.server.url, x.prefix));
    }
    if (!measures('profile')) note('profile: not made (BENCH_ONLY)');
    else if (names) {
      note(`profile: ${PROFILE_TAPS} taps each, traced (Chromium trace with V8 CPU samples), the same app with its wasm's function names kept (${names})`);
      await section('profile', () => profileVisit(browser, server.url, '', names));
      await section('cold profile', () => profileCold(browser, server.url, names));
      for (const x of big.filter((x) => x.ok)) await section(`${x.title}: profile`, () => profileVisit(browser, x.server.url, x.prefix, names));
    } else note('profile: not made (no --names build given; scripts/bench makes one)');
    if (circleServer && measures('circle')) await section('circle: tap', () => measureCircle(browser, circleServer.url, circleMade));
    if (circleServer && measures('circle') && measures('profile') && names)
      await section('circle: profile', () => profileCircle(browser, circleServer.url, circleMade, names));
  } finally {
    for (const f of cleanup) await f();
  }

  if (!pdfOffered) note(`pdf: not offered${pdfOffered === null ? ' (not looked at: the visit could not be measured)' : ''}`);
  note(`measuring took ${((Date.now() - t0) / 1000).toFixed(0)} s; load average now ${loadavg()}`);
  // Growth: the same figures for the demo and the larger cases, side by side.
  const grown = big.filter((x) => x.ok);
  if (grown.length) {
    note(`growth: figure, demo, ${grown.map((x) => x.title).join(', ')}`);
    for (const f of GROWTH) {
      // The demo's start-up figures are the demo_ series (the unprefixed one starts with nothing stored).
      const demoName = /^(case_raw|ready_|unlock_|setup_)/.test(f) ? `demo_${f}` : f;
      const vals = [figures.get(demoName), ...grown.map((x) => figures.get(x.prefix + f))];
      if (vals.every((v) => v === undefined)) continue;
      console.log(`growth ${f} ${vals.map((v) => (Number.isFinite(v) ? v : 'n/a')).join(' ')}`);
    }
  }
  note('budgets: value and limit in the unit of the figure (B, ms)');
  for (const [name, limit] of BUDGETS) {
    const v = figures.get(name);
    const ok = Number.isFinite(v) && v <= limit;
    console.log(`budget ${name} ${Number.isFinite(v) ? v : 'n/a'} ${limit} ${ok ? 'PASS' : 'FAIL'}`);
  }
  return broken ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
