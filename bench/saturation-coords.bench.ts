// Natural against effect coordinates for saturation_beta (src/core/model/saturation-coords.ts), the same model
// sampled in two parameterisations, side by side in one run: PyMC-Marketing's example (logistic, the Stan
// reference's configuration) and weekly recovery datasets fitted with Hill on every channel. Compared in
// gradients, not seconds (the machine is shared): leapfrogs per iteration, divergences, min bulk-ESS per 1000
// gradients, and, on the PyMC example, the largest |ours - Stan| / Stan's sd over the posterior means.
//   npm run bench -- saturation-coords                          both parts
//   npm run bench -- saturation-coords --hill=2,11,14          which recovery datasets (default 2,11,14)
//   npm run bench -- saturation-coords --chains=4 --warmup=1000 --draws=1000 --seed=20240601
//   npm run bench -- saturation-coords --coords=effect --pymc=0   one side only, no PyMC example
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectColumns, ingestCsv, parseCsv } from '../src/core/data';
import { defaultSpec } from '../src/core/model/defaults';
import { parsePriors } from '../src/core/model/priors';
import type { FitConfig, ModelSpec, SaturationCoordinates } from '../src/core/model/spec';
import type { MmmData } from '../src/core/data/types';
import { fitModel } from '../src/core/fit/fit-model';
import type { ModelJson } from '../src/core/fit/model-json';
import { createNodeHost } from '../src/core/engine/node-host';
import type { Host } from '../src/core/engine/types';
import { generateRecoveryDataset, recoverySuite } from '../src/core/data/recovery';
import { STAN } from '../test/fit/pymc-stan';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');


function option(name: string, dflt: string): string {
  const flag = process.argv.find((a) => a.startsWith(`--${name}=`));
  return flag ? flag.slice(name.length + 3) : dflt;
}

function config(): FitConfig {
  const n = (k: string, d: number) => {
    const v = Number(option(k, String(d)));
    if (!Number.isInteger(v) || v < 0) throw new Error(`saturation-coords bench: --${k} must be a whole number`);
    return v;
  };
  return { chains: n('chains', 4), warmup: n('warmup', 1000), draws: n('draws', 1000), seed: n('seed', 20240601), targetAccept: 0.85, maxDepth: 10 };
}

interface Row { run: string; coords: SaturationCoordinates; gradients: number; 'leapfrog/iter': number; divergences: number; max_depth_hits: number; min_bulk_ess: number; 'ess/1000 grad': number; max_rhat: number; 'max |mean-Stan|/sd'?: number }

function row(run: string, coords: SaturationCoordinates, m: ModelJson): Row {
  const d = m.diagnostics;
  const iters = m.fit.chains * (m.fit.warmup + m.fit.draws);
  const r: Row = {
    run, coords, gradients: d.gradients, 'leapfrog/iter': +(d.gradients / iters).toFixed(1), divergences: d.divergences,
    max_depth_hits: d.treedepth_saturated, min_bulk_ess: Math.round(d.min_ess_bulk),
    'ess/1000 grad': +((1000 * d.min_ess_bulk) / d.gradients).toFixed(3), max_rhat: +d.max_rhat.toFixed(4),
  };
  if (run === 'pymc-example') {
    r['max |mean-Stan|/sd'] = +Math.max(...Object.entries(STAN).map(([n, [mean, sd]]) => Math.abs(m.summary.parameters[n].mean - mean) / sd)).toFixed(3);
  }
  return r;
}

function pymcExample(): { data: MmmData; spec: ModelSpec } {
  const csv = readFileSync(join(root, '..', 'shared', 'datasets', 'pymc_mmm_example.csv'), 'utf8');
  const mapping = { date: 'date_week', kpi: 'y', channels: ['x1', 'x2'], controls: ['event_1', 'event_2', 't'] };
  const ingest = ingestCsv(csv, mapping);
  if (!ingest.ok) throw new Error(ingest.errors.map((e) => e.message).join('; '));
  const spec = { ...defaultSpec(mapping, ingest.data.frequency), yearly: 2, trend: false, baseline: { kind: 'linear' as const } };
  spec.priors = parsePriors(JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'pymc-example-priors.json'), 'utf8')), spec);
  return { data: ingest.data, spec };
}

/** A recovery dataset (1-based number) with the default spec and Hill saturation on every channel. */
function hillDataset(k: number): { id: string; data: MmmData; spec: ModelSpec } {
  const cfg = recoverySuite()[k - 1];
  if (!cfg) throw new Error(`saturation-coords bench: no recovery dataset ${k}`);
  const ds = generateRecoveryDataset(cfg);
  const parsed = parseCsv(ds.csv);
  const guess = detectColumns(parsed.header, parsed.rows);
  const mapping = { date: guess.date, kpi: guess.kpi, channels: guess.channels, controls: guess.controls };
  const ingest = ingestCsv(ds.csv, mapping);
  if (!ingest.ok) throw new Error(ingest.errors.map((e) => e.message).join('; '));
  const spec = defaultSpec(mapping, ingest.data.frequency);
  spec.channels.forEach((c) => { c.saturation = 'hill'; });
  return { id: cfg.id, data: ingest.data, spec };
}

async function both(host: Host, run: string, data: MmmData, spec: ModelSpec, cfg: FitConfig, rows: Row[]): Promise<void> {
  const only = option('coords', '');
  for (const coords of ['natural', 'effect'] as const) {
    if (only && only !== coords) continue;
    const m = await fitModel(data, { ...spec, saturationCoordinates: coords }, cfg, { host });
    rows.push(row(run, coords, m));
    console.log(JSON.stringify(rows[rows.length - 1]));
  }
}

export default async function run(): Promise<void> {
  const cfg = config();
  const hill = option('hill', '2,11,14').split(',').filter(Boolean).map(Number);
  console.log(`saturation coordinates: ${cfg.chains} chains x (${cfg.warmup} + ${cfg.draws}), seed ${cfg.seed}, adapt_delta ${cfg.targetAccept}`);
  const host = createNodeHost();
  const rows: Row[] = [];
  try {
    if (option('pymc', '1') !== '0') {
      const { data, spec } = pymcExample();
      await both(host, 'pymc-example', data, spec, cfg, rows);
    }
    for (const k of hill) {
      const { id, data, spec } = hillDataset(k);
      await both(host, `${id} (Hill fit)`, data, spec, cfg, rows);
    }
  } finally {
    await host.close();
  }
  console.table(rows);
}
