// Writes the PyMC example, scaled exactly as Marginal scales it, as Stan data for stan/fit.R and stan/logprob.R.
// Usage: npx tsx stan/make-data.ts data.json [path/to/pymc_mmm_example.csv]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MmmData } from '../src/core/data/types';
import { defaultSpec } from '../src/core/model/defaults';
import { parsePriors } from '../src/core/model/priors';
import { packModel } from '../src/core/model/pack';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function pymcExample(csv: string): MmmData {
  const lines = readFileSync(csv, 'utf8').trim().split(/\r?\n/);
  const head = lines[0].split(',');
  const rows = lines.slice(1).map((l) => l.split(','));
  const col = (n: string) => rows.map((r) => Number(r[head.indexOf(n)]));
  return {
    dates: rows.map((r) => r[0]), frequency: 'weekly', dayOfYear: col('dayofyear'), kpiName: 'y', kpi: col('y'),
    channels: { x1: col('x1'), x2: col('x2') }, controls: { event_1: col('event_1'), event_2: col('event_2'), t: col('t') },
  };
}

export function pymcModel(csv: string) {
  const spec = defaultSpec({ date: 'date_week', kpi: 'y', channels: ['x1', 'x2'], controls: ['event_1', 'event_2', 't'] }, 'weekly');
  spec.priors = parsePriors(readFileSync(join(root, 'test', 'fixtures', 'pymc-example-priors.json'), 'utf8'), spec);
  // Stan's model: a linear baseline, beta sampled as itself (the same q as mmm_pymc_example.stan).
  spec.baseline = { kind: 'linear' };
  spec.saturationCoordinates = 'natural';
  return { spec, ...packModel(spec, pymcExample(csv)) };
}

export function stanData(csv: string): Record<string, unknown> {
  const { spec, scaled } = pymcModel(csv);
  return {
    T: scaled.n, C: spec.channels.length, L: spec.channels[0].lmax, K: spec.controls.length, F: spec.yearly,
    y: Array.from(scaled.y), x: scaled.x.map((v) => Array.from(v)), z: scaled.z.map((v) => Array.from(v)),
    doy: Array.from(scaled.dayOfYear), beta_sigma: spec.priors.saturation_beta.sigma,
    channel_names: spec.channels.map((c) => c.name), control_names: spec.controls,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? 'data.json';
  const csv = process.argv[3] ?? join(root, '..', 'shared', 'datasets', 'pymc_mmm_example.csv');
  writeFileSync(out, JSON.stringify(stanData(csv)));
  console.log(`wrote ${out}`);
}
