// A tiny dependency-free static server for the built app (dist/): `npm start` and the e2e tests use it.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The same policy as index.html's <meta>; sent as a header too so it also covers the service worker and workers. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  const full = normalize(join(root, path));
  // Never serve outside root (../ tricks).
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    const st = statSync(full);
    if (st.isDirectory()) return fileFor(root, join(path, 'index.html'));
    return { full, size: st.size };
  } catch {
    return null;
  }
}

function handler(root) {
  return (req, res) => {
    const headers = {
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    const urlPath = req.url ?? '/';
    // A single-page app: unknown paths without an extension fall back to index.html.
    const found = fileFor(root, urlPath) ?? (extname(urlPath.split('?')[0]) ? null : fileFor(root, '/index.html'));
    if (!found) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const type = MIME[extname(found.full).toLowerCase()] ?? 'application/octet-stream';
    // Hashed assets are immutable; the HTML and service worker must always be revalidated.
    const cache = found.full.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': found.size, 'Cache-Control': cache });
    if (req.method === 'HEAD') res.end();
    else createReadStream(found.full).pipe(res);
  };
}

function listen(server, port) {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      ok(server.address().port);
    });
  });
}

/**
 * Serves `root` on 127.0.0.1. Tries `port` (0 = any free port); if it is taken, falls back to a free one.
 * @returns {Promise<{ port: number, url: string, close: () => Promise<void> }>}
 */
export async function startServer({ root, port = 0 } = {}) {
  const dir = resolve(root);
  const server = createServer(handler(dir));
  let actual;
  try {
    actual = await listen(server, port);
  } catch (e) {
    if (e.code !== 'EADDRINUSE' || port === 0) throw e;
    actual = await listen(server, 0);
  }
  return {
    port: actual,
    url: `http://127.0.0.1:${actual}/`,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()); }),
  };
}

// Run directly: serve dist/ (PORT or 5173).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  try {
    statSync(join(root, 'index.html'));
  } catch {
    console.error('dist/index.html not found: run `npm run build` first (or `npm start`, which builds and serves).');
    process.exit(1);
  }
  const wanted = Number(process.env.PORT ?? 5173);
  const { url } = await startServer({ root, port: Number.isFinite(wanted) ? wanted : 5173 });
  console.log(`Marginal is running at ${url}`);
}
