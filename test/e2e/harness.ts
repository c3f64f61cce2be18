// Shared e2e plumbing: build dist/ when stale, serve it with scripts/serve.js, and launch Debian's chromium headless.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
// @ts-expect-error plain JS module without types
import { startServer } from '../../scripts/serve.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Debian's chromium; MARGINAL_CHROMIUM overrides it (e.g. to check the skip path). */
export const CHROMIUM = process.env.MARGINAL_CHROMIUM ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const SKIP_MESSAGE = `browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium)`;
export const SHOTS = join(ROOT, 'test-output', 'screenshots');
export const DATASETS = join(ROOT, '..', 'shared', 'datasets');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const e of readdirSync(path)) t = Math.max(t, newest(join(path, e)));
  return t;
}

function isFresh(): boolean {
  const built = existsSync(join(ROOT, 'dist', 'sw.js')) ? statSync(join(ROOT, 'dist', 'sw.js')).mtimeMs : 0;
  const sources = Math.max(
    ...['src', 'workers', 'assembly', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) => newest(join(ROOT, p))),
  );
  return built > sources;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Builds the app (WASM + vite) unless dist/ is newer than every source it is built from. Test files run in
 *  parallel processes, so a lock directory makes one build while the others wait for it. */
export function ensureBuilt(): void {
  if (isFresh()) return;
  const lock = join(ROOT, 'test-output', '.build-lock');
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another process is building; a lock older than 5 minutes is left over from a crash.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      sleep(500);
      if (!existsSync(lock) && isFresh()) return;
    }
  }
  try {
    if (isFresh()) return;
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-wasm.js')], { cwd: ROOT, stdio: 'inherit' });
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface Served {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function serveDist(): Promise<Served> {
  return startServer({ root: join(ROOT, 'dist'), port: 0 });
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export interface Launched {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh chromium with its own profile directory (removed on close), so no state leaks between runs. */
export async function launch(): Promise<Launched> {
  const profile = mkdtempSync(join(tmpdir(), 'marginal-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1360, height: 900 },
    serviceWorkers: 'allow',
    acceptDownloads: true,
  });
  return {
    browser: context.browser()!,
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function shotPath(name: string): string {
  mkdirSync(SHOTS, { recursive: true });
  return join(SHOTS, `${name}.png`);
}
