// Offline use: DIST/sw.js gets this build's file lists and a version (a hash of those files), so
// every new build is a new service worker and the old cache is dropped when it takes over.
// Not cached: the worker itself, the embedding files (they run in the host page), screenshots,
// schemas and text files. `later`: the PDF and QR workers' files, cached at install when possible.
// Usage: node scripts/lib/sw-files.mjs DIST
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dist = process.argv[2];
const walk = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.posix.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
const all = walk(dist).map((p) => path.posix.relative(dist, p)).sort();
const skip = (f) =>
  ['sw.js', 'embed.js', 'embed-example.html'].includes(f) || /^(screenshots|schemas)\//.test(f) || /\.(txt|md)$/.test(f);
const later = (f) => ['pdf-worker.js', 'qr-worker.js'].includes(f) || /^(pdf|fonts|qr)\//.test(f);
const files = all.filter((f) => !skip(f) && !later(f));
const rest = all.filter((f) => !skip(f) && later(f));
const hash = crypto.createHash('sha256');
for (const f of [...files, ...rest]) {
  const digest = crypto.createHash('sha256').update(fs.readFileSync(path.join(dist, f))).digest('hex');
  hash.update(f + '\0' + digest + '\n');
}
const build = { version: hash.digest('hex').slice(0, 16), files, later: rest };
const swFile = path.join(dist, 'sw.js');
const sw = fs.readFileSync(swFile, 'utf8');
const line = /^const BUILD = .*; \/\/ replaced by scripts\/build$/m;
if (!line.test(sw)) throw new Error(`${swFile}: the BUILD line to replace is missing`);
fs.writeFileSync(swFile, sw.replace(line, () => 'const BUILD = ' + JSON.stringify(build) + ';'));
console.log(`build: service worker version ${build.version}: ${files.length} files, ${rest.length} later`);
