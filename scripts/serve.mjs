#!/usr/bin/env node
// Static file server for dist/, bound to 127.0.0.1 only, with no dependencies.
// CLI:    node scripts/serve.mjs [--port N] [--root DIR]   (PORT env; 0 = any free port)
// Module: import { startServer } from './serve.mjs'  -> { url, close }
// The app's Content-Security-Policy goes with every file as a header (APP_POLICY below): a
// <meta> tag reaches only the page, not its workers or service worker, and cannot carry
// frame-ancestors. Which sites may show the app in a frame: SAMENPLAN_FRAME_ANCESTORS (a CSP
// source list, e.g. "'self' https://www.example.org"). Default: the app itself and loopback pages,
// for the example. `startServer({ appPolicy: false })` serves other pages (a test's host page)
// with frame-ancestors only.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_ROOT = path.resolve(HERE, '..', 'dist');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm', // needed for WebAssembly.instantiateStreaming
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.ftl': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

export const DEFAULT_FRAME_ANCESTORS = "'self' http://127.0.0.1:* http://localhost:*";

// Only the app's own files; no inline script, no other server. The same words are in
// www/index.html's <meta> tag (for a server that sends no header) and in README "The web server";
// tests/e2e/lifecycle.test.mjs checks the three agree. For a worker or the service worker this
// means: its own module files (importScripts, the wasm, the fonts), nothing from elsewhere.
export const APP_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; frame-src 'none'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'";

// Pages of the app's folder that are not the app: the embedding example is an organisation's
// page (inline script, a frame of the app), so it gets frame-ancestors only.
const HOST_PAGES = new Set(['embed-example.html']);

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

// Maps a URL path to a file inside root, or null if it would leave root.
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

function handler(root, frameAncestors, appPolicy) {
  const framing = `frame-ancestors ${frameAncestors}`;
  return async (req, res) => {
    const common = {
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Content-Security-Policy': appPolicy ? `${APP_POLICY}; ${framing}` : framing,
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'Method Not Allowed\n', { ...common, Allow: 'GET, HEAD' });
    }
    let urlPath;
    try {
      urlPath = new URL(req.url, 'http://localhost').pathname;
    } catch {
      return send(res, 400, 'Bad Request\n', common);
    }
    let file = resolveInside(root, urlPath);
    if (!file) return send(res, 403, 'Forbidden\n', common);
    try {
      let stat = await fs.promises.stat(file);
      if (stat.isDirectory()) {
        file = path.join(file, 'index.html');
        stat = await fs.promises.stat(file);
      }
      // A symlink must not lead out of root either.
      const real = await fs.promises.realpath(file);
      if (!real.startsWith(root + path.sep) || !stat.isFile()) {
        return send(res, 403, 'Forbidden\n', common);
      }
      // embed.js is loaded as a module script by other sites' pages (README "Embedding in your
      // site"): module scripts are fetched with CORS, so it must say that any page may load it.
      const cors = path.basename(file) === 'embed.js' ? { 'Access-Control-Allow-Origin': '*' } : {};
      const host = HOST_PAGES.has(path.relative(root, real)) ? { 'Content-Security-Policy': framing } : {};
      res.writeHead(200, {
        ...common,
        ...cors,
        ...host,
        'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': stat.size,
      });
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(file).on('error', () => res.destroy()).pipe(res);
    } catch {
      send(res, 404, 'Not Found\n', common);
    }
  };
}

export async function startServer({
  root = DEFAULT_ROOT,
  port = 8080,
  frameAncestors = process.env.SAMENPLAN_FRAME_ANCESTORS || DEFAULT_FRAME_ANCESTORS,
  appPolicy = true,
} = {}) {
  if (/[;,\r\n]/.test(frameAncestors)) throw new Error(`bad frame-ancestors source list: ${frameAncestors}`);
  const realRoot = await fs.promises.realpath(path.resolve(root));
  const server = http.createServer(handler(realRoot, frameAncestors, appPolicy));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(port), '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${server.address().port}/`;
  const close = () =>
    new Promise((resolve) => {
      server.closeAllConnections(); // keep-alive sockets would hold close() open
      server.close(() => resolve());
    });
  return { url, close, server };
}

function parseArgs(argv) {
  const opts = { port: process.env.PORT ?? 8080, root: DEFAULT_ROOT };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') opts.port = argv[++i];
    else if (argv[i] === '--root') opts.root = argv[++i];
    else throw new Error(`unknown argument: ${argv[i]} (use --port N, --root DIR)`);
  }
  if (!/^\d+$/.test(String(opts.port))) throw new Error(`bad port: ${opts.port}`);
  return opts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(err.message);
    process.exit(2);
  }
  if (!fs.existsSync(opts.root)) {
    console.error(`${opts.root} does not exist: run scripts/build first`);
    process.exit(1);
  }
  const { url, close } = await startServer(opts);
  const shown = path.relative(process.cwd(), opts.root) || '.';
  console.log(`Serving ${shown}/ at ${url}`);
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => close().then(() => process.exit(0)));
  }
}
