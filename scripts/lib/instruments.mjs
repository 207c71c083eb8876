// Copies the instrument definitions into DIST/instruments minified, and writes the list the app
// fetches to know which instruments exist (a static site has no directory listing).
// The texts are split by language, so a first load carries one language, not six:
// instruments/NAME.json has the Dutch and English texts (the two every instrument must have),
// instruments/LANG/NAME.json only LANG's texts, fetched when that language is shown. The app lays
// them over the first file; a file dropped into instruments/ with all its languages works as is.
// Usage: node scripts/lib/instruments.mjs DIST FILE...
import fs from 'node:fs';
import path from 'node:path';

const BASE = ['nl', 'en'];
const OTHERS = ['tr', 'ar', 'pl', 'uk'];
const LANGS = new Set([...BASE, ...OTHERS]);

const isText = (v) =>
  v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => LANGS.has(k));

/** The instrument with each text cut down to the languages in `keep`. */
function only(v, keep) {
  if (Array.isArray(v)) return v.map((x) => only(x, keep));
  if (isText(v)) return Object.fromEntries(Object.entries(v).filter(([k]) => keep.includes(k)));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, only(x, keep)]));
  return v;
}

/** Only the texts in `lang`, in the places they have in the instrument; everything else left out. */
function texts(v, lang) {
  if (Array.isArray(v)) return v.map((x) => texts(x, lang) ?? {});
  if (isText(v)) return typeof v[lang] === 'string' ? { [lang]: v[lang] } : undefined;
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      const t = texts(x, lang);
      if (t !== undefined && !(Array.isArray(t) && t.every((e) => Object.keys(e).length === 0))) out[k] = t;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return undefined;
}

const [dist, ...files] = process.argv.slice(2);
const out = path.join(dist, 'instruments');
fs.mkdirSync(out, { recursive: true });
for (const file of files) {
  const def = JSON.parse(fs.readFileSync(file, 'utf8'));
  const name = path.basename(file);
  fs.writeFileSync(path.join(out, name), JSON.stringify(only(def, BASE)));
  for (const lang of OTHERS) {
    fs.mkdirSync(path.join(out, lang), { recursive: true });
    fs.writeFileSync(path.join(out, lang, name), JSON.stringify(texts(def, lang) ?? {}));
  }
}
const names = files.map((f) => path.basename(f)).sort();
fs.writeFileSync(path.join(out, 'index.json'), JSON.stringify(names, null, 2) + '\n');
