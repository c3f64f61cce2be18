// Per-test browser helpers: origin and dialog watchers, CSP-violation capture, and the short fit the e2e tests run.
import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { shotPath, type Launched } from './harness';

export interface Watch {
  foreign: string[];
  dialogs: string[];
  cspViolations: string[];
  pageErrors: string[];
}

/** Records every request to another origin (any scheme but data:/blob: off 127.0.0.1:PORT), every dialog and every CSP violation. */
export function watch(context: BrowserContext, origin: string): Watch {
  const w: Watch = { foreign: [], dialogs: [], cspViolations: [], pageErrors: [] };
  const check = (url: string) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) w.foreign.push(url);
  };
  context.on('request', (r) => check(r.url()));
  const onPage = (page: Page) => {
    page.on('request', (r) => check(r.url()));
    page.on('dialog', (d) => {
      w.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) w.cspViolations.push(m.text());
    });
    page.on('pageerror', (e) => w.pageErrors.push(e.message));
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
  return w;
}

export function expectClean(w: Watch): void {
  expect(w.foreign, 'requests to other origins').toEqual([]);
  expect(w.dialogs, 'dialogs (alert/confirm/prompt) fired').toEqual([]);
  expect(w.cspViolations, 'Content-Security-Policy violations').toEqual([]);
  expect(w.pageErrors, 'uncaught page errors').toEqual([]);
}

/** A short fit (2 chains x (150 warmup + 150 draws)) from the Fit page; resolves once the UI shows the wall time. */
export async function shortFit(page: Page, opts: { chains?: number; warmup?: number; draws?: number } = {}): Promise<string> {
  await page.click('[data-step=fit]');
  await page.getByTestId('chains').fill(String(opts.chains ?? 2));
  await page.getByTestId('warmup').fill(String(opts.warmup ?? 150));
  await page.getByTestId('draws').fill(String(opts.draws ?? 150));
  await page.getByTestId('start-fit').click();
  await page.getByTestId('fit-progress').waitFor();
  const wall = page.getByTestId('fit-wall-time');
  await wall.waitFor({ timeout: 240_000 });
  return (await wall.textContent()) ?? '';
}

/** Waits until a service worker controls the page (it claims clients on activation) and its precache holds the app shell, the workers and the WASM. */
export async function waitForServiceWorker(page: Page, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // A polling loop, not waitForFunction: that treats the async predicate's Promise as truthy.
  for (;;) {
    const ready = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      if (reg?.active?.state !== 'activated' || !navigator.serviceWorker.controller) return false;
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
      return ['/index.html', '.wasm', 'chain-worker', '/assets/index-'].every((p) => urls.some((u) => u.includes(p)));
    });
    if (ready) return;
    if (Date.now() > deadline) throw new Error('the service worker did not take control with a full precache in time');
    await page.waitForTimeout(250);
  }
}

/** A full-page screenshot from the top (the sticky header would otherwise be captured mid-page) into test-output/screenshots/. */
export async function snap(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur?.();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: shotPath(name), fullPage: true });
}

/** Waits until the Data step says the current dataset is valid (the demo on a first visit). */
export async function waitForValidDataset(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('data-status').textContent(), { timeout: 30_000 }).toContain('Valid dataset');
}

/** Opens the app at `url` in a new page of `b`, watching its requests, and waits for a valid dataset. */
export async function openApp(b: Launched, url: string): Promise<{ page: Page; w: Watch }> {
  const w = watch(b.context, new URL(url).origin);
  const page = await b.context.newPage();
  await page.goto(url);
  await waitForValidDataset(page);
  return { page, w };
}
