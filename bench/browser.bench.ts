// The demo fit in headless Chromium (4 Web Workers, the wall time the UI reports) beside the same fit in Node (worker_threads).
// Settings: BENCH_WARMUP / BENCH_DRAWS (default 1000 / 1000, Stan's defaults), 4 chains, the app's default seed and demo spec.
import { existsSync } from 'node:fs';
import { DEFAULT_FIT_CONFIG } from '../src/core/engine/defaults';
import { createNodeHost } from '../src/core/engine/node-host';
import { fitModel } from '../src/core/fit/fit-model';
import type { FitConfig } from '../src/core/model/spec';
import { defaultSpec } from '../src/core/model/defaults';
import { loadDemoDataset } from '../src/ui/data/demo-spec';
import { CHROMIUM, ensureBuilt, launch, serveDist, SKIP_MESSAGE } from '../test/e2e/harness';

const config: FitConfig = {
  ...DEFAULT_FIT_CONFIG,
  chains: 4,
  warmup: Number(process.env.BENCH_WARMUP ?? 1000),
  draws: Number(process.env.BENCH_DRAWS ?? 1000),
};

async function browserSeconds(): Promise<{ wall: number; sampler: string }> {
  ensureBuilt();
  const server = await serveDist();
  const b = await launch();
  try {
    const page = await b.context.newPage();
    await page.goto(server.url);
    await page.getByTestId('data-status').waitFor({ timeout: 60_000 });
    await page.click('[data-step=fit]');
    await page.getByTestId('chains').fill(String(config.chains));
    await page.getByTestId('warmup').fill(String(config.warmup));
    await page.getByTestId('draws').fill(String(config.draws));
    await page.getByTestId('seed').fill(String(config.seed));
    await page.getByTestId('target-accept').fill(String(config.targetAccept));
    await page.getByTestId('start-fit').click();
    const wall = page.getByTestId('fit-wall-time');
    await wall.waitFor({ timeout: 30 * 60_000 });
    const seconds = Number(await wall.getAttribute('data-seconds'));
    const summary = (await page.getByTestId('diagnostics').locator('.figures').textContent())?.replace(/\s+/g, ' ').trim() ?? '';
    return { wall: seconds, sampler: summary };
  } finally {
    await b.close();
    await server.close();
  }
}

async function nodeSeconds(): Promise<{ wall: number; sampler: string }> {
  // The same data and spec the app uses for the demo.
  const demo = loadDemoDataset();
  const spec = defaultSpec(demo.mapping, demo.data.frequency);
  const host = createNodeHost();
  try {
    const t = performance.now();
    const model = await fitModel(demo.data, spec, config, { host });
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
  const node = await nodeSeconds();
  console.log(`node (worker_threads host, fitModel wall time):               ${node.wall.toFixed(1)} s  [${node.sampler}]`);
  console.log(`browser / node: ${(browser.wall / node.wall).toFixed(2)}x`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
