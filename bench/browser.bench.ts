// The demo fit in headless Chromium (4 Web Workers, the wall time the UI reports) beside the same fit in Node (worker_threads).
// Settings: BENCH_WARMUP / BENCH_DRAWS (default 1000 / 1000, Stan's defaults), 4 chains, the app's default seed and demo spec.
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_FIT_CONFIG } from '../src/core/engine/defaults';
import { createNodeHost } from '../src/core/engine/node-host';
import { fitModel } from '../src/core/fit/fit-model';
import type { ModelJson } from '../src/core/fit/model-json';
import type { FitConfig } from '../src/core/model/spec';
import { defaultSpec } from '../src/core/model/defaults';
import { loadDemoDataset } from '../src/ui/data/demo-spec';
import { CHROMIUM, ensureBuilt, launch, serveDist, SKIP_MESSAGE } from '../test/e2e/harness';

/** The demo's settings: 4 chains x (1000 + 1000) unless BENCH_WARMUP / BENCH_DRAWS say otherwise. */
export const config: FitConfig = {
  ...DEFAULT_FIT_CONFIG,
  chains: 4,
  warmup: Number(process.env.BENCH_WARMUP ?? 1000),
  draws: Number(process.env.BENCH_DRAWS ?? 1000),
};

/** A file the app loads before the fit (a CSV or a model.json, through the Data page's file input). */
export interface Upload { name: string; mimeType: string; text: string }

/** One fit in the app in headless Chromium (4 Web Workers at most, one per chain): the demo, or `upload` loaded first.
 *  `wall` is the time the UI reports; with `download`, the fitted model.json saved from the Export page (its
 *  diagnostics.seconds is the sampling time alone). */
export async function browserFit(config: FitConfig, opts: { upload?: Upload; download?: boolean } = {}): Promise<{ wall: number; sampler: string; model?: ModelJson }> {
  ensureBuilt();
  const server = await serveDist();
  const b = await launch();
  try {
    const page = await b.context.newPage();
    await page.goto(server.url);
    await page.getByTestId('data-status').waitFor({ timeout: 60_000 });
    if (opts.upload) {
      const { name, mimeType, text } = opts.upload;
      await page.getByTestId('file-input').setInputFiles({ name, mimeType, buffer: Buffer.from(text, 'utf8') });
      await page.getByTestId('dataset-name').filter({ hasText: name }).waitFor({ timeout: 60_000 });
      await page.getByTestId('data-status').filter({ hasText: 'Valid dataset' }).waitFor({ timeout: 60_000 });
    }
    await page.click('[data-step=fit]');
    await page.getByTestId('chains').fill(String(config.chains));
    await page.getByTestId('warmup').fill(String(config.warmup));
    await page.getByTestId('draws').fill(String(config.draws));
    await page.getByTestId('seed').fill(String(config.seed));
    await page.getByTestId('target-accept').fill(String(config.targetAccept));
    await page.getByTestId('start-fit').click();
    // The pill of this run carries data-seconds (a loaded model.json shows a "Last fit" pill without it).
    const wall = page.locator('[data-testid=fit-wall-time][data-seconds]');
    await wall.waitFor({ timeout: 30 * 60_000 });
    const seconds = Number(await wall.getAttribute('data-seconds'));
    const summary = (await page.getByTestId('diagnostics').locator('.figures').textContent())?.replace(/\s+/g, ' ').trim() ?? '';
    let model: ModelJson | undefined;
    if (opts.download) {
      await page.click('[data-step=export]');
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-model-json').click()]);
      model = JSON.parse(readFileSync(await file.path(), 'utf8')) as ModelJson;
    }
    return { wall: seconds, sampler: summary, model };
  } finally {
    await b.close();
    await server.close();
  }
}

async function browserSeconds(): Promise<{ wall: number; sampler: string }> {
  return browserFit(config);
}

/** The demo fit in Node (worker_threads), the same data and spec the app uses for the demo. */
export async function nodeDemoFit(cfg: FitConfig = config): Promise<{ wall: number; sampler: string }> {
  const demo = loadDemoDataset();
  const spec = defaultSpec(demo.mapping, demo.data.frequency);
  const host = createNodeHost();
  try {
    const t = performance.now();
    const model = await fitModel(demo.data, spec, cfg, { host });
    const wall = (performance.now() - t) / 1000;
    const d = model.diagnostics;
    return { wall, sampler: `max R-hat ${d.max_rhat.toFixed(3)} · min bulk ESS ${Math.round(d.min_ess_bulk)} · ${d.divergences} divergences · ${Math.round(d.gradients)} gradients` };
  } finally {
    await host.close();
  }
}

export default async function main(): Promise<void> {
  console.log(`demo fit: 156 weeks, 6 channels, 1 control; ${config.chains} chains x (${config.warmup} warmup + ${config.draws} draws), seed ${config.seed}`);
  if (!existsSync(CHROMIUM)) {
    console.log(SKIP_MESSAGE);
    return;
  }
  const browser = await browserSeconds();
  console.log(`browser (Chromium, 4 Web Workers, wall time shown in the UI): ${browser.wall.toFixed(1)} s  [${browser.sampler}]`);
  const node = await nodeDemoFit();
  console.log(`node (worker_threads host, fitModel wall time):               ${node.wall.toFixed(1)} s  [${node.sampler}]`);
  console.log(`browser / node: ${(browser.wall / node.wall).toFixed(2)}x`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
