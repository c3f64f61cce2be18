// End to end in headless Chromium, for the input paths: a corrupt saved session is set aside with a
// message and the app starts clean; a short fit in the browser gives the same draws, bit for bit, as
// the same fit in Node (constraining transforms in WASM, not the engine's Math.exp).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ensureBuilt, HAS_CHROMIUM, launch, serveDist, SKIP_MESSAGE, type Launched, type Served } from './harness';
import { expectClean, openApp, shortFit, waitForValidDataset } from './browser';
import { fitModel } from '../../src/core/fit/fit-model';
import { createInlineHost } from '../../src/core/engine/inline-host';
import type { ModelJson } from '../../src/core/fit/model-json';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

/** Writes `value` under `key` in the app's IndexedDB store (idb-keyval's 'marginal' / 'session'). */
async function putSaved(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(([k, v]) => new Promise<void>((resolve, reject) => {
    const r = indexedDB.open('marginal');
    r.onerror = () => reject(r.error);
    r.onsuccess = () => {
      const db = r.result;
      const tx = db.transaction('session', 'readwrite');
      tx.objectStore('session').put(v, k as string);
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), [key, value] as const);
}

async function getSaved<T>(page: Page, key: string): Promise<T | undefined> {
  return page.evaluate((k) => new Promise<T | undefined>((resolve, reject) => {
    const r = indexedDB.open('marginal');
    r.onerror = () => reject(r.error);
    r.onsuccess = () => {
      const db = r.result;
      const g = db.transaction('session', 'readonly').objectStore('session').get(k);
      g.onsuccess = () => { db.close(); resolve(g.result as T | undefined); };
      g.onerror = () => reject(g.error);
    };
  }), key);
}

describe.skipIf(!HAS_CHROMIUM)('input paths in Chromium', () => {
  let server: Served;
  beforeAll(async () => {
    ensureBuilt();
    server = await serveDist();
  });
  afterAll(async () => {
    await server?.close();
  });

  test('a corrupt saved session: the app says so, sets it aside, starts clean, and every step opens', async () => {
    const b: Launched = await launch();
    try {
      const { page, w } = await openApp(b, server.url);
      await expect.poll(() => getSaved(page, 'dataset').then((d) => d !== undefined), { timeout: 20_000 }).toBe(true);
      // A model.json that says what it is and nothing else, a dataset without its mapping, on the Results step.
      await putSaved(page, 'model', { format: 'marginal-model', version: 1 });
      await putSaved(page, 'dataset', { name: 'x.csv', source: 'file', csv: 'a,b\n1,2\n', mapping: null });
      await putSaved(page, 'step', 'results');
      await page.reload();
      const problem = page.getByTestId('restore-problem');
      await problem.waitFor({ timeout: 30_000 });
      expect(await problem.textContent()).toMatch(/damaged and was not restored \(dataset\.mapping: expected an object, got null\)/);
      // Set aside for a bug report, and gone from the session keys.
      const aside = await getSaved<{ reason: string; values: Record<string, unknown> }>(page, 'set-aside');
      expect(aside?.reason).toContain('dataset.mapping');
      expect(Object.keys(aside?.values ?? {})).toEqual(expect.arrayContaining(['dataset', 'model', 'step']));
      expect((aside?.values.model as { format: string }).format).toBe('marginal-model');
      expect(await getSaved(page, 'model')).toBeUndefined();
      // Every step opens; Data starts clean with the demo.
      for (const step of ['results', 'optimise', 'export', 'fit', 'model', 'data']) {
        await page.click(`[data-step=${step}]`);
        await expect.poll(() => page.locator('main.page').getAttribute('data-page')).toBe(step);
      }
      await waitForValidDataset(page);
      // A second reload: nothing corrupt is left, so no message.
      await page.reload();
      await waitForValidDataset(page);
      expect(await page.getByTestId('restore-problem').count()).toBe(0);
      expectClean(w);
    } finally {
      await b.close();
    }
  }, 180_000);

  test('the corruption callout offers Forget session, which clears the set-aside copy', async () => {
    const b: Launched = await launch();
    try {
      const { page, w } = await openApp(b, server.url);
      await expect.poll(() => getSaved(page, 'dataset').then((d) => d !== undefined), { timeout: 20_000 }).toBe(true);
      await putSaved(page, 'plan', { status: 'optimal', channels: 'tv' });
      await page.reload();
      await page.getByTestId('restore-problem').waitFor({ timeout: 30_000 });
      await page.getByTestId('restore-forget').click();
      await expect.poll(() => page.getByTestId('restore-problem').count()).toBe(0);
      await expect.poll(() => getSaved(page, 'set-aside')).toBeUndefined();
      expectClean(w);
    } finally {
      await b.close();
    }
  }, 180_000);

  test('same seed, same draws bit for bit: a short fit in Chromium and in Node', async () => {
    const b: Launched = await launch();
    try {
      const { page, w } = await openApp(b, server.url);
      await page.getByTestId('to-model').click();
      await shortFit(page, { chains: 2, warmup: 100, draws: 100 });
      await expect.poll(() => getSaved<ModelJson>(page, 'model').then((m) => m !== undefined), { timeout: 20_000 }).toBe(true);
      const browser = (await getSaved<ModelJson>(page, 'model'))!;
      const node = await fitModel(browser.data, browser.spec, browser.fit, { host: createInlineHost() });
      const names = Object.keys(browser.draws);
      expect(Object.keys(node.draws)).toEqual(names);
      let compared = 0;
      const differ: string[] = [];
      for (const n of names) {
        browser.draws[n].forEach((chain, c) => chain.forEach((x, d) => {
          compared++;
          if (!Object.is(x, node.draws[n][c][d])) differ.push(`${n}[${c}][${d}]: ${x} vs ${node.draws[n][c][d]}`);
        }));
      }
      expect(compared).toBe(names.length * 2 * 100);
      expect(differ.slice(0, 10), `${differ.length} of ${compared} draws differ`).toEqual([]);
      expectClean(w);
    } finally {
      await b.close();
    }
  }, 400_000);
});
