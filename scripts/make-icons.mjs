#!/usr/bin/env node
// Draws the home-screen icons into www/icons/ (PNG, for browsers that do not take the SVG), with
// no dependencies: the logo is simple enough to rasterise by distance (4x4 samples per pixel),
// and node's zlib writes the PNG. Run it again after changing the logo; the output is committed.
//   node scripts/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'www', 'icons');
const BRAND = [0x24, 0x52, 0x7a];
const WHITE = [0xff, 0xff, 0xff];

// The logo of www/icon.svg on a 40x40 grid: a triangle outline and a dot.
const TRIANGLE = [[20, 7], [34, 31], [6, 31]];
const STROKE = 3.5;
const DOT = { x: 20, y: 23, r: 4.5 };

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour at (x, y) on the 40-grid, or null outside the icon. */
function sample(x, y, { rounded }) {
  const r = rounded ? 8 : 0;
  const cx = Math.max(r, Math.min(40 - r, x)), cy = Math.max(r, Math.min(40 - r, y));
  if (x < 0 || y < 0 || x > 40 || y > 40 || Math.hypot(x - cx, y - cy) > r) return null;
  const edge = Math.min(...TRIANGLE.map((a, i) => segmentDistance(x, y, a, TRIANGLE[(i + 1) % 3])));
  if (edge <= STROKE / 2 || Math.hypot(x - DOT.x, y - DOT.y) <= DOT.r) return WHITE;
  return BRAND;
}

/** RGBA pixels of a size x size icon; `scale` < 1 shrinks the logo around the centre (maskable). */
function draw(size, { rounded, scale = 1 }) {
  const px = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sj = 0; sj < n; sj++) {
        for (let si = 0; si < n; si++) {
          const x = ((i + (si + 0.5) / n) / size) * 40, y = ((j + (sj + 0.5) / n) / size) * 40;
          // The logo shrinks; the background (full bleed when maskable) does not.
          const lx = 20 + (x - 20) / scale, ly = 20 + (y - 20) / scale;
          const inside = sample(x, y, { rounded });
          if (!inside) continue;
          const c = sample(lx, ly, { rounded: false }) === WHITE ? WHITE : BRAND;
          r += c[0]; g += c[1]; b += c[2]; a += 255;
        }
      }
      const k = n * n, o = (j * size + i) * 4;
      const cover = a / 255;
      px[o] = cover ? Math.round(r / cover) : 0;
      px[o + 1] = cover ? Math.round(g / cover) : 0;
      px[o + 2] = cover ? Math.round(b / cover) : 0;
      px[o + 3] = Math.round(a / k);
    }
  }
  return px;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let j = 0; j < size; j++) {
    rows[j * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(rows, j * (size * 4 + 1) + 1, j * size * 4, (j + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(OUT, { recursive: true });
for (const size of [192, 512]) {
  fs.writeFileSync(path.join(OUT, `icon-${size}.png`), png(size, draw(size, { rounded: true })));
}
// Maskable: the platform cuts its own shape, so the background fills the square and the logo
// stays inside the middle 80 % (the safe zone).
fs.writeFileSync(path.join(OUT, 'icon-maskable-512.png'), png(512, draw(512, { rounded: false, scale: 0.75 })));
console.log(`icons written to ${path.relative(process.cwd(), OUT)}/`);
