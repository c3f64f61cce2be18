// End to end in headless Chromium: CSV upload with remapping, a malformed CSV's errors, and a hostile header shown as text.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DATASETS, ensureBuilt, HAS_CHROMIUM, launch, serveDist, SKIP_MESSAGE, type Launched, type Served } from './harness';
import { expectClean, snap, waitForValidDataset, watch } from './browser';
import { largeCsv } from '../../bench/load.bench';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);
const ROBYN = join(DATASETS, 'robyn_dt_simulated_weekly.csv');
if (HAS_CHROMIUM && !existsSync(ROBYN)) console.warn(`Robyn upload test skipped: ${ROBYN} not found`);

async function upload(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await expect.poll(() => page.getByTestId('dataset-name').textContent()).toBe(name);
}

async function setRole(page: Page, column: string, role: string): Promise<void> {
  await page.getByLabel(`Role of column ${column}`, { exact: true }).selectOption(role);
}

describe.skipIf(!HAS_CHROMIUM)('data step in Chromium', () => {
  let server: Served;
  // A fresh browser profile per test: no session carried over from the previous one.
  let b: Launched;
  beforeAll(async () => {
    ensureBuilt();
    server = await serveDist();
  });
  beforeEach(async () => {
    b = await launch();
  });
  afterEach(async () => {
    await b?.close();
  });
  afterAll(async () => {
    await server?.close();
  });

  test.skipIf(!existsSync(ROBYN))('Robyn CSV upload, remapped by hand, becomes a valid dataset', async () => {
    const w = watch(b.context, new URL(server.url).origin);
    const page = await b.context.newPage();
    await page.goto(server.url);
    await page.getByTestId('data-status').waitFor({ timeout: 30_000 });
    await upload(page, 'robyn_dt_simulated_weekly.csv', readFileSync(ROBYN, 'utf8'));
    const roles: Record<string, string> = {
      revenue: 'kpi',
      tv_S: 'channel', ooh_S: 'channel', print_S: 'channel', facebook_S: 'channel', search_S: 'channel',
      competitor_sales_B: 'control', newsletter: 'control',
      facebook_I: 'ignore', search_clicks_P: 'ignore', events: 'ignore',
    };
    // Start from nothing mapped except the date, so the remapping really is by hand.
    for (const c of Object.keys(roles)) await setRole(page, c, 'ignore');
    for (const [c, r] of Object.entries(roles)) await setRole(page, c, r);
    await waitForValidDataset(page);
    expect((await page.getByTestId('dataset-summary').textContent())?.replace(/\s+/g, ' ')).toMatch(/208 weeks.*KPI “revenue”.*5 paid channels · 2 controls/);
    await page.getByTestId('preview-chart').locator('svg path.series').first().waitFor();
    await snap(page, '1-data-robyn');
    await page.getByTestId('to-model').click();
    const channels = await page.getByTestId('channel-spec').locator('tbody tr td.name').allTextContents();
    expect(channels.map((s) => s.trim())).toEqual(['tv_S', 'ooh_S', 'print_S', 'search_S', 'facebook_S']); // header order
    await page.close();
    expectClean(w);
  });

  test('a malformed CSV shows its errors next to the row and column', async () => {
    const w = watch(b.context, new URL(server.url).origin);
    const page = await b.context.newPage();
    await page.goto(server.url);
    await page.getByTestId('data-status').waitFor({ timeout: 30_000 });
    const rows = ['date,sales,tv_spend,search_spend'];
    for (let i = 0; i < 40; i++) {
      const d = new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10);
      rows.push(`${d},${i === 6 ? 'n/a?' : 1000 + i},${100 + i},${50 + (i % 5)}`);
    }
    await upload(page, 'broken.csv', `${rows.join('\n')}\n`);
    // One bad cell in 40 does not hide the column (issue 10, defect 1): it is still detected as the KPI, and the bad
    // cell is an error at its row and column. Mapping it as the KPI again changes nothing.
    await expect.poll(() => page.getByLabel('Role of column sales', { exact: true }).inputValue()).toBe('kpi');
    await setRole(page, 'sales', 'kpi');
    await expect.poll(() => page.getByTestId('data-status').textContent()).toMatch(/problem/);
    await page.getByTestId('data-errors').waitFor();
    const issue = page.getByTestId('issues').locator('tr.error', { hasText: 'sales' }).first();
    expect(await issue.locator('td').nth(1).textContent()).toBe('7');
    expect(await issue.locator('td').nth(2).textContent()).toBe('sales');
    expect(await issue.textContent()).toMatch(/row 7 \(line 8\).*"sales".*not a number/);
    // The column's own row in the mapping table carries the error too.
    expect(await page.locator('tr[data-column="sales"]').getAttribute('class')).toMatch(/has-error/);
    await snap(page, '1-data-errors');
    await page.close();
    expectClean(w);
  });

  test('a JSON file that is not a model.json is refused with a reason, keeping the current dataset', async () => {
    const w = watch(b.context, new URL(server.url).origin);
    const page = await b.context.newPage();
    await page.goto(server.url);
    await waitForValidDataset(page);
    await page.getByTestId('file-input').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "something-else"}') });
    await expect.poll(() => page.getByTestId('load-error').textContent()).toMatch(/"other\.json" could not be loaded: not a Marginal model\.json/);
    expect(await page.getByTestId('dataset-name').textContent()).toMatch(/Demo dataset/);
    await page.close();
    expectClean(w);
  });

  test('a header like <img src=x onerror=alert(1)> is shown as text and runs nothing', async () => {
    const w = watch(b.context, new URL(server.url).origin);
    const requests: string[] = [];
    const page = await b.context.newPage();
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(server.url);
    await page.getByTestId('data-status').waitFor({ timeout: 30_000 });
    const evil = '<img src=x onerror=alert(1)>';
    const rows = [`date,revenue,${evil},search_spend`];
    for (let i = 0; i < 60; i++) {
      const d = new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10);
      rows.push(`${d},${5000 + 37 * ((i * 7) % 11) + 10 * i},${100 + ((i * 13) % 17)},${50 + (i % 5) * 3}`);
    }
    await upload(page, 'hostile.csv', `${rows.join('\n')}\n`);
    await setRole(page, evil, 'channel');
    await waitForValidDataset(page);
    expect(await page.locator('tr[data-column] .colname', { hasText: evil }).count()).toBe(1);
    await snap(page, '1-data-xss');
    await page.click('[data-step=model]');
    await page.getByTestId('channel-spec').getByText(evil, { exact: true }).waitFor();
    await page.getByTestId('roi-mode').check();
    await page.getByTestId('prior-preview').getByText(evil, { exact: true }).first().waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(requests.filter((p) => p.endsWith('/x'))).toEqual([]);
    await page.close();
    expectClean(w);
  });
  test('a large daily CSV is parsed and validated in a background worker, and re-validated there on remapping', async () => {
    // 4000 days x 15 columns is ~0.5 MB: past the 256 KB threshold (LARGE_CSV_CHARS) for the worker path.
    const channels = Array.from({ length: 12 }, (_, i) => `ch${i + 1}_spend`);
    const lines = [['date', 'sales', ...channels, 'price'].join(',')];
    const start = Date.UTC(2012, 0, 1);
    for (let d = 0; d < 4000; d++) {
      const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
      const spend = channels.map((_, i) => (1000 + ((d * (i + 7) * 7919) % 5000)).toFixed(2));
      lines.push([date, (50_000 + 5_000 * Math.sin(d / 58) + ((d * 104_729) % 3000)).toFixed(2), ...spend, (10 + Math.cos(d / 30)).toFixed(3)].join(','));
    }
    const csv = lines.join('\n');
    expect(csv.length).toBeGreaterThan(256 * 1024);
    const w = watch(b.context, new URL(server.url).origin);
    const page = await b.context.newPage();
    await page.goto(server.url);
    await page.getByTestId('data-status').waitFor({ timeout: 30_000 });
    await upload(page, 'daily-large.csv', csv);
    await waitForValidDataset(page);
    expect(await page.getByTestId('parsed-in').getAttribute('data-parsed-in')).toBe('worker');
    expect((await page.getByTestId('dataset-summary').textContent())?.replace(/\s+/g, ' ')).toMatch(/4000 days.*KPI “sales”.*12 paid channels · 1 control/);
    await setRole(page, 'ch12_spend', 'ignore');
    await expect.poll(() => page.getByTestId('dataset-summary').textContent(), { timeout: 30_000 }).toMatch(/11 paid channels/);
    await page.close();
    expectClean(w);
  });
  test('a 6 MB CSV never blocks the page, is saved as a file (not text) and restored after a reload', async () => {
    // The bench's generator (bench/load.bench.ts, 54 MB there): 3000 days x 60 columns of long decimals is ~6 MB.
    const csv = largeCsv(3000, 58);
    expect(csv.length).toBeGreaterThan(5e6);
    const file = join(mkdtempSync(join(tmpdir(), 'marginal-wide-')), 'wide.csv');
    writeFileSync(file, csv);
    const w = watch(b.context, new URL(server.url).origin);
    const page = await b.context.newPage();
    // Every main-thread task over 50 ms (from the first script on, so the restore after the reload is seen too).
    await page.addInitScript(() => {
      const g = globalThis as unknown as { __longTasks: number[] };
      g.__longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) g.__longTasks.push(Math.round(e.duration)); }).observe({ type: 'longtask' });
    });
    const tasks = () => page.evaluate(() => (globalThis as unknown as { __longTasks: number[] }).__longTasks);
    const longest = async () => {
      const all = await tasks();
      console.log(`long tasks (ms): ${all.join(', ')}`);
      return Math.max(0, ...all);
    };
    // The bench's goal is < 200 ms (`npm run bench -- load`); this shared, loaded CI machine (2 cores, several test
    // runs at once) stretches tasks several-fold, so the bound here is generous: still far below the seconds a
    // CSV string on the main thread cost (parsing, the IndexedDB write, a 200-row table laid out at once).
    const BOUND_MS = 1000;
    await page.goto(server.url);
    await page.getByTestId('data-status').waitFor({ timeout: 30_000 });
    await page.evaluate(() => { (globalThis as unknown as { __longTasks: number[] }).__longTasks = []; }); // from the upload on
    // From a path, as a user's file: a `buffer` would be rebuilt in the page by Playwright's script (seconds of main thread).
    await page.getByTestId('file-input').setInputFiles(file);
    await expect.poll(() => page.getByTestId('dataset-name').textContent(), { timeout: 60_000 }).toBe('wide.csv');
    await waitForValidDataset(page);
    const summary = /3000 days.*KPI “sales”.*58 paid channels · 0 controls/;
    expect(await page.getByTestId('parsed-in').getAttribute('data-parsed-in')).toBe('worker');
    expect((await page.getByTestId('dataset-summary').textContent())?.replace(/\s+/g, ' ')).toMatch(summary);
    await page.locator('[data-column="ch58_spend"]').waitFor(); // the wide column table, rendered in slices
    // The session keeps the file as a Blob in IndexedDB (a cheap structured clone), never as a 6 MB string.
    const saved = () => page.evaluate(() => new Promise<string>((resolve) => {
      const open = indexedDB.open('marginal');
      open.onerror = () => resolve('no database');
      open.onsuccess = () => {
        const req = open.result.transaction('session').objectStore('session').get('dataset');
        req.onsuccess = () => {
          const d = req.result as { name: string; csv: unknown } | undefined;
          resolve(d ? `${d.name}: ${d.csv instanceof Blob ? `Blob of ${d.csv.size} bytes` : typeof d.csv}` : 'nothing saved');
        };
        req.onerror = () => resolve('unreadable');
      };
    }));
    await expect.poll(saved, { timeout: 30_000 }).toBe(`wide.csv: Blob of ${Buffer.byteLength(csv)} bytes`);
    await page.waitForTimeout(1000); // tasks after the status is shown (chart slices, autosave)
    expect(await longest()).toBeLessThan(BOUND_MS);

    await page.reload();
    await expect.poll(() => page.getByTestId('dataset-name').textContent(), { timeout: 60_000 }).toBe('wide.csv');
    await waitForValidDataset(page);
    expect(await page.getByTestId('parsed-in').getAttribute('data-parsed-in')).toBe('worker');
    expect((await page.getByTestId('dataset-summary').textContent())?.replace(/\s+/g, ' ')).toMatch(summary);
    await page.waitForTimeout(1000);
    expect(await longest()).toBeLessThan(BOUND_MS);
    await page.close();
    rmSync(dirname(file), { recursive: true, force: true });
    expectClean(w);
  });
});
