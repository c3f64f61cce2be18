// Stan's posterior on PyMC-Marketing's example (the reference of pymc-example*.test.ts and bench/saturation-coords.bench.ts).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestCsv } from '../../src/core/data/ingest';
import type { MmmData } from '../../src/core/data/types';
import { defaultSpec } from '../../src/core/model/defaults';
import { parsePriors } from '../../src/core/model/priors';
import type { ModelSpec, SaturationCoordinates } from '../../src/core/model/spec';

/** Stan's posterior (rstan, 4 x (1000 + 1000), adapt_delta 0.85) on the same model and data: [mean, sd]. */
export const STAN: Record<string, [number, number]> = {
  'adstock_alpha[x1]': [0.402, 0.0305], 'adstock_alpha[x2]': [0.189, 0.0402],
  'saturation_lam[x1]': [3.96, 0.381], 'saturation_lam[x2]': [3.08, 1.16],
  'saturation_beta[x1]': [0.362, 0.0194], 'saturation_beta[x2]': [0.273, 0.0867],
  intercept: [0.354, 0.0133],
  'gamma_control[event_1]': [0.176, 0.0267], 'gamma_control[event_2]': [0.232, 0.0286],
  'gamma_control[t]': [0.000617, 0.0000495],
  'gamma_fourier[sin_1]': [0.00272, 0.00352], 'gamma_fourier[sin_2]': [-0.0577, 0.00343],
  'gamma_fourier[cos_1]': [0.0622, 0.00338], 'gamma_fourier[cos_2]': [0.000766, 0.00354],
  sigma: [0.0313, 0.00183],
};

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** ../shared's copy of PyMC-Marketing's example data (the tests skip, saying so, where it is absent). */
export const PYMC_CSV = join(root, '..', 'shared', 'datasets', 'pymc_mmm_example.csv');

/**
 * The data and Stan's model of PyMC-Marketing's example: its priors file, yearly order 2, no trend term (its `t`
 * control is the trend), a linear baseline, saturation_beta sampled in the given coordinates.
 */
export function pymcExample(coords: SaturationCoordinates): { data: MmmData; spec: ModelSpec } {
  const mapping = { date: 'date_week', kpi: 'y', channels: ['x1', 'x2'], controls: ['event_1', 'event_2', 't'] };
  const ingest = ingestCsv(readFileSync(PYMC_CSV, 'utf8'), mapping);
  if (!ingest.ok) throw new Error(ingest.errors.map((e) => e.message).join('; '));
  const spec: ModelSpec = { ...defaultSpec(mapping, ingest.data.frequency), yearly: 2, trend: false, baseline: { kind: 'linear' }, saturationCoordinates: coords };
  spec.priors = parsePriors(JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'pymc-example-priors.json'), 'utf8')), spec);
  return { data: ingest.data, spec };
}

export const pymcPresent = (): boolean => existsSync(PYMC_CSV);
