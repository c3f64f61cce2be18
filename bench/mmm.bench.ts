// The full MMM fit of PyMC-Marketing's example (4 x (1000 + 1000)): wall time, gradients/s and min bulk-ESS/s,
// 4 chains in parallel (Node host) and 1 chain alone; and, where rstan works, Stan on the same model and data
// (one core), printing the ratio of min bulk-ESS per second per core, ours over Stan's. First, the density
// alone at scale: gradient evaluations per second on 3 years of daily data, 12 channels, lmax 28, geometric
// adstock against the same model with delayed adstock (a convolution) as the in-run reference.
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
import { packModel } from '../src/core/model/pack';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const csvPath = join(root, '..', 'shared', 'datasets', 'pymc_mmm_example.csv');
export const CONFIG: FitConfig = { chains: 4, warmup: 1000, draws: 1000, seed: 20240601, targetAccept: 0.85, maxDepth: 10 };

export function load(): { data: MmmData; spec: ModelSpec } {
  const mapping = { date: 'date_week', kpi: 'y', channels: ['x1', 'x2'], controls: ['event_1', 'event_2', 't'] };
  const ingest = ingestCsv(readFileSync(csvPath, 'utf8'), mapping);
  if (!ingest.ok) throw new Error(ingest.errors.map((e) => e.message).join('; '));
  // PyMC-Marketing's example has no trend term (its `t` control is the trend), as the Stan reference and test/fit/pymc-example.test.ts.
  const spec = { ...defaultSpec(mapping, ingest.data.frequency), yearly: 2, trend: false, baseline: { kind: 'linear' as const } };
  spec.priors = parsePriors(JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'pymc-example-priors.json'), 'utf8')), spec);
  return { data: ingest.data, spec };
}

export interface Row { run: string; wall_s: number; core_s: number; gradients: number; 'grad/s wall': number; 'grad/s/core': number; min_bulk_ess: number; 'ess/s wall': number; 'ess/s/core': number; divergences: number; max_depth_hits: number; step_size: string; max_rhat: number }

export function row(run: string, m: ModelJson): Row {
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
export interface StanResult {
  sampling_seconds: number; warmup_seconds: number; min_ess_bulk: number; max_rhat: number; divergences: number;
  leapfrog_per_iteration: number; parameters: Record<string, { mean: number; sd: number }>;
}

export function runStan(): StanResult | string {
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

/** 3 years of daily data: 12 channels flighted on and off in runs of days (zero stretches longer than lmax),
 *  2 controls, a KPI loosely driven by the spend. Seeded. */
function dailyData(days: number, nChannels: number): { data: MmmData; channels: string[] } {
  let a = 20261202;
  const r = () => { a = (Math.imul(a, 1664525) + 1013904223) >>> 0; return a / 4294967296; };
  const start = Date.UTC(2022, 0, 1);
  const dates: string[] = [], dayOfYear: number[] = [];
  for (let t = 0; t < days; t++) {
    const d = new Date(start + t * 86400000);
    dates.push(d.toISOString().slice(0, 10));
    dayOfYear.push(Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1);
  }
  const names = Array.from({ length: nChannels }, (_, i) => `ch${i + 1}`);
  const channels: Record<string, number[]> = {};
  for (const [i, n] of names.entries()) {
    const x: number[] = [];
    let on = r() < 0.7;
    while (x.length < days) {
      const run = 7 + Math.floor(r() * 50);
      for (let k = 0; k < run && x.length < days; k++) x.push(on ? 100 * (i + 1) * (0.5 + r()) : 0);
      on = r() < 0.7;
    }
    channels[n] = x;
  }
  const controls = { promo: dates.map(() => (r() < 0.1 ? 1 : 0)), holiday: dates.map(() => (r() < 0.03 ? 1 : 0)) };
  const kpi = dates.map((_, t) => 5000 + 800 * Math.sin((2 * Math.PI * t) / 365.25) + names.reduce((s, n) => s + 0.5 * channels[n][t], 0) + 300 * r());
  return { data: { dates, frequency: 'daily', dayOfYear, kpiName: 'sales', kpi, channels, controls }, channels: names };
}

interface DensityWasm {
  memory: WebAssembly.Memory;
  allocF64(n: number): number;
  setTarget(id: number, ptr: number, len: number): number;
  logDensityGradAt(q: number, g: number): number;
}

/** One WASM instance bound to one packed model; `run(seconds)` evaluates lp and gradient at a fixed q. */
async function densityRunner(wasm: Buffer, blob: Float64Array, target: number): Promise<{ dim: number; run(seconds: number): { n: number; s: number } }> {
  const { instance } = await WebAssembly.instantiate(new Uint8Array(wasm), { env: { abort: () => { throw new Error('wasm abort'); } } });
  const w = instance.exports as unknown as DensityWasm;
  const dp = w.allocF64(blob.length);
  new Float64Array(w.memory.buffer, dp, blob.length).set(blob);
  const dim = w.setTarget(target, dp, blob.length);
  const qp = w.allocF64(dim), gp = w.allocF64(dim);
  const q = new Float64Array(w.memory.buffer, qp, dim);
  for (let i = 0; i < dim; i++) q[i] = 0.3 * Math.sin(i + 1); // a fixed interior point
  return {
    dim,
    run(seconds) {
      let n = 0;
      const t0 = performance.now();
      let t = t0;
      while (t - t0 < seconds * 1000) {
        for (let k = 0; k < 20; k++) w.logDensityGradAt(qp, gp);
        n += 20;
        t = performance.now();
      }
      return { n, s: (t - t0) / 1000 };
    },
  };
}

/** Gradients per second of the density alone (one thread), geometric vs delayed vs Weibull adstock, alternating in
 *  short rounds so all see the same machine load. */
export async function densityAtScale(): Promise<void> {
  const days = 3 * 365, nChannels = 12, lmax = 28;
  const { data, channels } = dailyData(days, nChannels);
  const wasm = readFileSync(join(root, 'build', 'marginal.wasm'));
  const runners = [];
  for (const kind of ['geometric', 'delayed', 'weibull-pdf', 'weibull-cdf'] as const) {
    const spec = defaultSpec({ date: 'date', kpi: 'sales', channels, controls: ['promo', 'holiday'] }, 'daily');
    for (const ch of spec.channels) { ch.adstock = kind; ch.lmax = lmax; }
    const { setup } = packModel(spec, data);
    runners.push({ kind, r: await densityRunner(wasm, setup.data!, setup.target) });
  }
  const tot = runners.map(() => ({ n: 0, s: 0 }));
  for (const x of runners) x.r.run(0.3); // warm up the JIT
  for (let round = 0; round < 6; round++) {
    runners.forEach((x, i) => { const m = x.r.run(0.5); tot[i].n += m.n; tot[i].s += m.s; });
  }
  const rate = tot.map((m) => m.n / m.s);
  console.log(`density alone: ${days} days, ${nChannels} channels, lmax ${lmax}, ${runners[0].r.dim} parameters (one thread, 6 x 0.5 s per model, alternating)`);
  console.table(runners.map((x, i) => ({ adstock: x.kind, 'grad/s': Math.round(rate[i]) })));
  console.log(`geometric / delayed (the in-run reference): ${(rate[0] / rate[1]).toFixed(2)}; Weibull PDF, CDF / delayed: ${(rate[2] / rate[1]).toFixed(2)}, ${(rate[3] / rate[1]).toFixed(2)}`);
}

export default async function bench(): Promise<void> {
  await densityAtScale();
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
