// Warmup: Stan's windowed adaptation against nutpie's (FitConfig.adaptation) on PyMC-Marketing's example, counted
// in gradients (the machine is shared, so seconds are noise): max R-hat, min bulk-ESS, divergences, gradients in
// warmup and in sampling, min bulk-ESS per 1000 gradients (all of them, warmup included), and how far each run's
// posterior means lie from the first run's (Stan's adaptation at 1000 warmup, itself pinned to rstan by
// test/fit/pymc-example.test.ts), in that run's posterior sd. Writes bench-output/warmup.json.
//
//   npm run bench -- warmup                                     stan:1000, nutpie:1000, nutpie:500, nutpie:300
//   npm run bench -- warmup --runs=stan:1000,nutpie:400 --chains=4 --draws=1000 --seed=2024
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestCsv } from '../src/core/data/ingest';
import { defaultSpec } from '../src/core/model/defaults';
import { parsePriors } from '../src/core/model/priors';
import type { AdaptationKind, FitConfig } from '../src/core/model/spec';
import { fitModel } from '../src/core/fit/fit-model';
import type { ModelJson } from '../src/core/fit/model-json';
import { createNodeHost } from '../src/core/engine/node-host';
import { ADAPTATIONS } from '../src/core/engine/adaptation';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const csvPath = join(root, '..', 'shared', 'datasets', 'pymc_mmm_example.csv');

function option(name: string): string | undefined {
  const flag = process.argv.find((a) => a.startsWith(`--${name}=`));
  return flag ? flag.slice(name.length + 3) : undefined;
}

/** `stan:1000,nutpie:300` -> [['stan', 1000], ['nutpie', 300]]; a bad entry names the flag. */
export function parseRuns(text: string): [AdaptationKind, number][] {
  return text.split(',').map((entry) => {
    const [kind, w] = entry.split(':');
    const warmup = Number(w);
    if (!(ADAPTATIONS as readonly string[]).includes(kind) || !Number.isInteger(warmup) || warmup < 0) {
      throw new Error(`warmup bench: --runs entries are adaptation:warmup with adaptation one of ${ADAPTATIONS.join(', ')}, got "${entry}"`);
    }
    return [kind as AdaptationKind, warmup];
  });
}

export interface WarmupRow {
  run: string;
  max_rhat: number;
  min_bulk_ess: number;
  divergences: number;
  warmup_gradients: number;
  sampling_gradients: number;
  'ess/1000 grad': number;
  'ess/1000 sampling grad': number;
  /** max over parameters of |mean - reference mean| / reference sd. */
  'max |dmean|/sd': number;
  step_size: string;
}

export function warmupRow(run: string, m: ModelJson, ref: ModelJson | undefined): WarmupRow {
  const d = m.diagnostics;
  const sampling = m.sampler.n_leapfrog.reduce((s, c) => s + c.reduce((a, b) => a + b, 0), 0);
  let dev = 0;
  if (ref) {
    for (const [name, p] of Object.entries(ref.summary.parameters)) {
      const q = m.summary.parameters[name];
      if (q && p.sd > 0) dev = Math.max(dev, Math.abs(q.mean - p.mean) / p.sd);
    }
  }
  return {
    run,
    max_rhat: +d.max_rhat.toFixed(4),
    min_bulk_ess: Math.round(d.min_ess_bulk),
    divergences: d.divergences,
    warmup_gradients: d.gradients - sampling,
    sampling_gradients: sampling,
    'ess/1000 grad': +((1000 * d.min_ess_bulk) / d.gradients).toFixed(2),
    'ess/1000 sampling grad': +((1000 * d.min_ess_bulk) / sampling).toFixed(2),
    'max |dmean|/sd': +dev.toFixed(3),
    step_size: (d.step_size ?? []).map((x) => x.toPrecision(3)).join(' '),
  };
}

export default async function run(): Promise<void> {
  const runs = parseRuns(option('runs') ?? 'stan:1000,nutpie:1000,nutpie:500,nutpie:300');
  const int = (name: string, dflt: number) => {
    const v = option(name);
    if (v === undefined) return dflt;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`warmup bench: --${name} must be a whole number >= 1, got "${v}"`);
    return n;
  };
  // As the rstan reference of test/fit/pymc-example.test.ts: 4 chains, adapt_delta 0.85.
  const base: FitConfig = { chains: int('chains', 4), warmup: 0, draws: int('draws', 1000), seed: int('seed', 2024), targetAccept: 0.85, maxDepth: 10 };
  const mapping = { date: 'date_week', kpi: 'y', channels: ['x1', 'x2'], controls: ['event_1', 'event_2', 't'] };
  const ingest = ingestCsv(readFileSync(csvPath, 'utf8'), mapping);
  if (!ingest.ok) throw new Error(ingest.errors.map((e) => e.message).join('; '));
  const spec = { ...defaultSpec(mapping, ingest.data.frequency), yearly: 2, trend: false, baseline: { kind: 'linear' as const } };
  spec.priors = parsePriors(JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'pymc-example-priors.json'), 'utf8')), spec);
  console.log(`warmup on PyMC-Marketing's example: ${base.chains} chains x ${base.draws} draws, seed ${base.seed}, adapt_delta 0.85; `
    + `reference for the means: the first run (${runs[0].join(':')})`);
  const host = createNodeHost();
  const rows: WarmupRow[] = [];
  let ref: ModelJson | undefined;
  try {
    for (const [adaptation, warmup] of runs) {
      const m = await fitModel(ingest.data, spec, { ...base, warmup, adaptation }, { host });
      ref ??= m;
      rows.push(warmupRow(`${adaptation} ${warmup}`, m, ref));
      console.log(JSON.stringify(rows[rows.length - 1]));
    }
  } finally {
    await host.close();
  }
  console.table(rows);
  const out = join(root, 'bench-output', 'warmup.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), fit: base, rows }, null, 1));
  console.log(`wrote ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
