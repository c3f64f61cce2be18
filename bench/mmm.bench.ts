// The full MMM fit of PyMC-Marketing's example (4 x (1000 + 1000)): wall time, gradients/s and min bulk-ESS/s,
// 4 chains in parallel (Node host) and 1 chain alone; and, where rstan works, Stan on the same model and data
// (one core), printing the ratio of min bulk-ESS per second per core, ours over Stan's.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestCsv } from '../src/core/data/ingest';
import type { MmmData } from '../src/core/data/types';
import { defaultSpec } from '../src/core/model/defaults';
import { parsePriors } from '../src/core/model/priors';
import type { FitConfig, ModelSpec } from '../src/core/model/spec';
import { fitModel } from '../src/core/fit/fit-model';
import type { ModelJson } from '../src/core/fit/model-json';
import { createNodeHost } from '../src/core/engine/node-host';
import { stanData } from '../stan/make-data';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const csvPath = join(root, '..', 'shared', 'datasets', 'pymc_mmm_example.csv');
const CONFIG: FitConfig = { chains: 4, warmup: 1000, draws: 1000, seed: 20240601, targetAccept: 0.85, maxDepth: 10 };

function load(): { data: MmmData; spec: ModelSpec } {
  const mapping = { date: 'date_week', kpi: 'y', channels: ['x1', 'x2'], controls: ['event_1', 'event_2', 't'] };
  const ingest = ingestCsv(readFileSync(csvPath, 'utf8'), mapping);
  if (!ingest.ok) throw new Error(ingest.errors.map((e) => e.message).join('; '));
  const spec = { ...defaultSpec(mapping, ingest.data.frequency), yearly: 2 };
  spec.priors = parsePriors(JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'pymc-example-priors.json'), 'utf8')), spec);
  return { data: ingest.data, spec };
}

interface Row { run: string; wall_s: number; core_s: number; gradients: number; 'grad/s wall': number; 'grad/s/core': number; min_bulk_ess: number; 'ess/s wall': number; 'ess/s/core': number; divergences: number; max_depth_hits: number; step_size: string; max_rhat: number }

function row(run: string, m: ModelJson): Row {
  const d = m.diagnostics;
  // Chains run one per worker thread; with more chains than cores they share cores, so the core time used is
  // wall x min(chains, cores) (the sum of chain seconds would count shared time twice).
  const cpu = d.seconds * Math.min(m.fit.chains, availableParallelism());
  return {
    run,
    wall_s: +d.seconds.toFixed(1),
    core_s: +cpu.toFixed(1),
    gradients: d.gradients,
    'grad/s wall': Math.round(d.gradients / d.seconds),
    'grad/s/core': Math.round(d.gradients / cpu),
    min_bulk_ess: Math.round(d.min_ess_bulk),
    'ess/s wall': +(d.min_ess_bulk / d.seconds).toFixed(1),
    'ess/s/core': +(d.min_ess_bulk / cpu).toFixed(1),
    divergences: d.divergences,
    max_depth_hits: d.treedepth_saturated,
    step_size: (d.step_size ?? []).map((x) => x.toPrecision(3)).join(' '),
    max_rhat: +d.max_rhat.toFixed(4),
  };
}

function rstanWorks(): boolean {
  const r = spawnSync('Rscript', ['-e', 'suppressMessages(library(rstan))'], { encoding: 'utf8' });
  return r.status === 0;
}

/** What stan/fit.R writes (elapsed seconds summed over the 4 chains, which run one after another on one core). */
interface StanResult {
  sampling_seconds: number; warmup_seconds: number; min_ess_bulk: number; max_rhat: number; divergences: number;
  leapfrog_per_iteration: number; parameters: Record<string, { mean: number; sd: number }>;
}

function runStan(): StanResult | string {
  if (process.env.MARGINAL_BENCH_STAN === '0') return 'skipped (MARGINAL_BENCH_STAN=0)';
  const script = join(root, 'stan', 'fit.R');
  if (!existsSync(script)) return `skipped (${script} is absent)`;
  if (!rstanWorks()) return "skipped (Rscript -e 'library(rstan)' fails)";
  const dir = mkdtempSync(join(tmpdir(), 'marginal-stan-'));
  try {
    // The same scaled data our density sees (stan/make-data.ts).
    writeFileSync(join(dir, 'data.json'), JSON.stringify(stanData(csvPath)));
    console.log('running Stan on the same data (4 chains one after another on one core: about 8-10 minutes)...');
    execFileSync('Rscript', [script, join(dir, 'data.json'), join(dir, 'out.json')], { stdio: ['ignore', 'inherit', 'inherit'], cwd: root });
    return JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as StanResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function bench(): Promise<void> {
  if (!existsSync(csvPath)) {
    console.log(`skipped: ${csvPath} is absent`);
    return;
  }
  const { data, spec } = load();
  const host = createNodeHost();
  const rows: Row[] = [];
  let four: ModelJson;
  try {
    four = await fitModel(data, spec, CONFIG, { host });
    rows.push(row('ours, 4 chains in parallel', four));
    const one = await fitModel(data, spec, { ...CONFIG, chains: 1 }, { host });
    rows.push(row('ours, 1 chain alone', one));
  } finally {
    await host.close();
  }
  console.log('PyMC-Marketing example (179 weeks, 2 channels, 15 parameters), 1000 warmup + 1000 draws per chain, adapt_delta 0.85');
  console.table(rows);
  const stan = runStan();
  if (typeof stan === 'string') {
    console.log(`Stan: ${stan}`);
    return;
  }
  // Both figures count warmup: min bulk-ESS over everything the core spent (Stan's 4 chains ran back to back).
  const stanSeconds = stan.sampling_seconds + stan.warmup_seconds;
  const stanPerCore = stan.min_ess_bulk / stanSeconds;
  const oursPerCore = rows[1]['ess/s/core'];
  console.table([{
    run: 'Stan (rstan 2.21), 4 chains on one core',
    wall_s: +stanSeconds.toFixed(1),
    'grad/s (sampling)': Math.round((stan.leapfrog_per_iteration * CONFIG.chains * CONFIG.draws) / stan.sampling_seconds),
    leapfrog_per_iter: +stan.leapfrog_per_iteration.toFixed(0),
    min_bulk_ess: Math.round(stan.min_ess_bulk),
    'ess/s/core': +stanPerCore.toFixed(2),
    divergences: stan.divergences,
    max_rhat: +stan.max_rhat.toFixed(4),
  }]);
  const leap = (m: ModelJson) => m.sampler.n_leapfrog.flat().reduce((a, b) => a + b, 0) / m.sampler.n_leapfrog.flat().length;
  console.log(`leapfrogs per sampling iteration: ours ${leap(four).toFixed(0)} (4 chains), Stan ${stan.leapfrog_per_iteration.toFixed(0)}`);
  const worst = Object.entries(stan.parameters).map(([n, p]) => [n, Math.abs(four.summary.parameters[n]?.mean - p.mean) / p.sd] as const)
    .sort((a, b) => b[1] - a[1])[0];
  console.log(`largest |our mean - Stan's mean| / Stan's sd: ${worst[1].toFixed(3)} (${worst[0]})`);
  console.log(`min bulk-ESS per second per core, ours (1 chain alone) / Stan: ${(oursPerCore / stanPerCore).toFixed(1)}x (goal 10x)`);
}
