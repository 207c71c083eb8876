// Copies the instrument definitions into DIST/instruments minified (they are part of the first
// load; the repository keeps them readable) and writes the list the app fetches to know which
// instruments exist (a static site has no directory listing).
// Usage: node scripts/lib/instruments.mjs DIST FILE...
import fs from 'node:fs';
import path from 'node:path';

const [dist, ...files] = process.argv.slice(2);
const out = path.join(dist, 'instruments');
fs.mkdirSync(out, { recursive: true });
for (const file of files) {
  fs.writeFileSync(path.join(out, path.basename(file)), JSON.stringify(JSON.parse(fs.readFileSync(file, 'utf8'))));
}
const names = files.map((f) => path.basename(f)).sort();
fs.writeFileSync(path.join(out, 'index.json'), JSON.stringify(names, null, 2) + '\n');
