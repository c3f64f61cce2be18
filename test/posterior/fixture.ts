// A small hand-made ModelJson (known data, draws scattered around known values) for posterior-quantity tests: no sampler needed.
import type { MmmData } from '../../src/core/data/types';
import type { ModelJson } from '../../src/core/fit/model-json';
import { defaultSpec } from '../../src/core/model/defaults';
import { parameterEntries } from '../../src/core/model/params';
import { scaleData } from '../../src/core/model/scale';
import type { AdstockKind, LikelihoodKind, ModelSpec, SaturationKind } from '../../src/core/model/spec';
import { createRng } from './fixture-rng';

export interface FixtureOptions {
  adstock?: AdstockKind;
  saturation?: SaturationKind;
  likelihood?: LikelihoodKind;
  trend?: boolean;
  T?: number;
  chains?: number;
  draws?: number;
  seed?: number;
}

export function fixtureData(T: number, seed = 3): MmmData {
  const rng = createRng(seed);
  const start = Date.UTC(2023, 0, 2);
  const dates: string[] = [], doy: number[] = [];
  for (let t = 0; t < T; t++) {
    const d = new Date(start + t * 7 * 86400e3);
    dates.push(d.toISOString().slice(0, 10));
    doy.push(Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400e3) + 1);
  }
  // Spend in the thousands and a KPI in the tens of thousands, so unit mistakes show as factors of 1000s.
  const tv = dates.map(() => 2000 + 3000 * rng.uniform());
  const search = dates.map((_, t) => (t % 5 === 0 ? 0 : 500 + 1500 * rng.uniform()));
  const price = dates.map(() => 10 + rng.normal());
  const kpi = dates.map((_, t) => 20000 + 3 * tv[t] + 5 * search[t] + 500 * rng.normal());
  return { dates, frequency: 'weekly', dayOfYear: doy, kpiName: 'sales', kpi, channels: { tv, search }, controls: { price } };
}

/** Central values in the scaled space, per parameter name prefix. */
function centre(name: string): number {
  if (name.startsWith('adstock_alpha')) return 0.5;
  if (name.startsWith('adstock_theta')) return 1.5;
  if (name.startsWith('saturation_lam')) return 2;
  if (name.startsWith('saturation_kappa')) return 0.5;
  if (name.startsWith('saturation_slope')) return 1;
  if (name.startsWith('saturation_beta')) return 0.15;
  if (name === 'intercept') return 0.6;
  if (name === 'sigma') return 0.03;
  if (name === 'nu') return 8;
  return 0.01;
}

export function fixtureModel(opts: FixtureOptions = {}): ModelJson {
  const data = fixtureData(opts.T ?? 40, opts.seed ?? 3);
  const base = defaultSpec({ date: 'date', kpi: 'sales', channels: ['tv', 'search'], controls: ['price'] }, 'weekly');
  const spec: ModelSpec = {
    ...base,
    channels: base.channels.map((c) => ({ ...c, lmax: 4, adstock: opts.adstock ?? 'geometric', saturation: opts.saturation ?? 'logistic' })),
    likelihood: opts.likelihood ?? 'normal',
    trend: opts.trend ?? true,
  };
  const { scaling } = scaleData(data, spec);
  const rng = createRng((opts.seed ?? 3) + 100);
  const chains = opts.chains ?? 2, nd = opts.draws ?? 6;
  const draws: Record<string, number[][]> = {};
  for (const p of parameterEntries(spec)) {
    const c0 = centre(p.name);
    draws[p.name] = Array.from({ length: chains }, () =>
      Array.from({ length: nd }, () => {
        // Multiplicative jitter keeps positive and (0,1) parameters in their support.
        const v = c0 * Math.exp(0.2 * rng.normal());
        return Math.min(v, p.hi - 1e-6);
      }),
    );
  }
  const zeros = () => Array.from({ length: chains }, () => new Array(nd).fill(0));
  return {
    format: 'marginal-model', version: 1, created: '2026-01-01T00:00:00Z', spec,
    fit: { chains, warmup: 0, draws: nd, seed: 1, targetAccept: 0.8, maxDepth: 10 },
    data, scaling, draws,
    sampler: { accept_stat: zeros(), stepsize: zeros(), treedepth: zeros(), n_leapfrog: zeros(), divergent: zeros(), energy: zeros(), lp: zeros() },
    diagnostics: { max_rhat: 1, min_ess_bulk: 1, min_ess_tail: 1, divergences: 0, treedepth_saturated: 0, ebfmi: [], seconds: 0, gradients: 0 },
    summary: { parameters: {}, channels: {} },
  };
}

export const COMBOS: Array<{ adstock: AdstockKind; saturation: SaturationKind }> = [
  { adstock: 'geometric', saturation: 'logistic' },
  { adstock: 'geometric', saturation: 'hill' },
  { adstock: 'delayed', saturation: 'michaelis-menten' },
  { adstock: 'delayed', saturation: 'hill' },
];
