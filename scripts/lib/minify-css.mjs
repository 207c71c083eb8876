// Minifies the style sheet in place (csso: comments, whitespace, merged rules). The repository
// keeps it commented; the first load carries it without the comments.
// Usage: node scripts/lib/minify-css.mjs FILE.css
import fs from 'node:fs';
import { minify } from 'csso';

const file = process.argv[2];
const before = fs.readFileSync(file, 'utf8');
// restructure: false keeps the rules in their order and form, so the cascade is the written one.
const { css } = minify(before, { restructure: false, comments: false });
if (!css.length) throw new Error(`${file}: minified to nothing`);
fs.writeFileSync(file, css);
console.log(`build: ${file}: ${before.length} -> ${css.length} bytes minified`);
