// scripts/serve.js: MIME types (application/wasm), the CSP header on every response, no escape from the root, port fallback.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
// @ts-expect-error plain JS module without types
import { CSP, startServer } from '../../scripts/serve.js';

let root: string;
let server: { url: string; port: number; close(): Promise<void> };

function get(port: number, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((ok, fail) => {
    // Raw path (no URL normalisation), so "../" really reaches the server.
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'marginal-serve-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(root, 'assets', 'm.wasm'), Buffer.from([0, 97, 115, 109]));
  writeFileSync(join(root, '..', 'marginal-secret.txt'), 'secret');
  server = await startServer({ root, port: 0 });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(join(root, '..', 'marginal-secret.txt'), { force: true });
});

test('serves files with their MIME type and the CSP header', async () => {
  expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  const wasm = await get(server.port, '/assets/m.wasm');
  expect(wasm.status).toBe(200);
  expect(wasm.headers['content-type']).toBe('application/wasm');
  expect(wasm.headers['content-security-policy']).toBe(CSP);
  expect(CSP).toContain("default-src 'self'");
  expect(CSP).toContain("'wasm-unsafe-eval'");
  expect(CSP).not.toMatch(/https?:/);
  const html = await get(server.port, '/');
  expect(html.headers['content-type']).toMatch(/^text\/html/);
  // Unknown app routes fall back to the app; unknown files are 404.
  expect((await get(server.port, '/fit')).status).toBe(200);
  expect((await get(server.port, '/nope.js')).status).toBe(404);
});

test('never serves outside the root', async () => {
  for (const p of ['/../marginal-secret.txt', '/%2e%2e/marginal-secret.txt', '/assets/..%2f..%2fmarginal-secret.txt']) {
    const r = await get(server.port, p);
    expect(r.body).not.toContain('secret');
  }
});

test('falls back to a free port when the asked one is taken', async () => {
  const second = await startServer({ root, port: server.port });
  try {
    expect(second.port).not.toBe(server.port);
    expect((await get(second.port, '/')).status).toBe(200);
  } finally {
    await second.close();
  }
});
