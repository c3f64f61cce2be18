// Synthetic model.json objects with known per-draw parameters, for optimizer tests (no fitting).
import type { ModelJson } from '../../src/core/fit/model-json';
import type { AdstockKind, SaturationKind } from '../../src/core/model/spec';
import { adstock, channelParams, saturationCurve } from '../../src/core/model/forward';

export interface SynthChannel {
  name: string;
  adstock?: AdstockKind;
  lmax?: number;
  saturation?: SaturationKind;
  /** Per-draw parameters (scaled space); all arrays the same length (the draws). */
  alpha?: number[];
  theta?: number[];
  lam?: number[];
  kappa?: number[];
  slope?: number[];
  beta: number[];
  /** Spend history in original units (its max is the channel's scaling). */
  history: number[];
}

export interface SynthOptions {
  channels: SynthChannel[];
  /** scaling.kpi (default 1000). */
  kpiScale?: number;
  /** intercept per draw (default 0: the KPI is the media effect alone). */
  intercept?: number[];
  frequency?: 'weekly' | 'daily';
}

export function syntheticModel(o: SynthOptions): ModelJson {
  const n = o.channels[0].history.length;
  const nd = o.channels[0].beta.length;
  const kpiScale = o.kpiScale ?? 1000;
  const draws: Record<string, number[][]> = {};
  const put = (name: string, v: number[] | undefined, dflt: number) => {
    draws[name] = [v ?? new Array(nd).fill(dflt)];
  };
  for (const c of o.channels) {
    put(`adstock_alpha[${c.name}]`, c.alpha, 0.5);
    if ((c.adstock ?? 'geometric') === 'delayed') put(`adstock_theta[${c.name}]`, c.theta, 1);
    const sat = c.saturation ?? 'logistic';
    if (sat === 'hill') { put(`saturation_kappa[${c.name}]`, c.kappa, 0.5); put(`saturation_slope[${c.name}]`, c.slope, 1); }
    else put(`saturation_lam[${c.name}]`, c.lam, 1);
    put(`saturation_beta[${c.name}]`, c.beta, 0.3);
  }
  put('intercept', o.intercept, 0);
  const start = Date.UTC(2024, 0, 1);
  const dates = Array.from({ length: n }, (_, i) => new Date(start + i * 7 * 86400000).toISOString().slice(0, 10));
  return {
    format: 'marginal-model', version: 1, created: '2026-01-01T00:00:00Z',
    spec: {
      date: 'date', kpi: 'y',
      channels: o.channels.map((c) => ({ name: c.name, adstock: c.adstock ?? 'geometric', lmax: c.lmax ?? 1, saturation: c.saturation ?? 'logistic' })),
      controls: [], yearly: 0, trend: false, likelihood: 'normal', standardizeControls: false, priors: {}, liftTests: [],
    },
    fit: { chains: 1, warmup: 0, draws: nd, seed: 1, targetAccept: 0.8, maxDepth: 10 },
    data: {
      dates, frequency: o.frequency ?? 'weekly', dayOfYear: dates.map((_, i) => ((i * 7) % 365) + 1), kpiName: 'y',
      kpi: new Array(n).fill(kpiScale),
      channels: Object.fromEntries(o.channels.map((c) => [c.name, c.history])), controls: {},
    },
    scaling: { kpi: kpiScale, channels: Object.fromEntries(o.channels.map((c) => [c.name, Math.max(...c.history)])), controls: {} },
    draws,
    sampler: { accept_stat: [], stepsize: [], treedepth: [], n_leapfrog: [], divergent: [], energy: [], lp: [] },
    diagnostics: { max_rhat: 1, min_ess_bulk: 1000, min_ess_tail: 1000, divergences: 0, treedepth_saturated: 0, ebfmi: [], seconds: 0, gradients: 0 },
    summary: { parameters: {}, channels: {} },
  };
}

/**
 * Reference media KPI per draw (float64, plain forward model from src/core/model/forward.ts): the
 * history followed by the plan (flat s per period for H periods) and lmax-1 zero periods, summing
 * each channel's contribution over the horizon and the tail, times scaling.kpi.
 */
export function referenceMedia(model: ModelJson, s: Record<string, number>, horizon: number, carryover = true): number[] {
  const nd = model.draws[`saturation_beta[${model.spec.channels[0].name}]`][0].length;
  const out = new Array(nd).fill(0);
  model.spec.channels.forEach((ch, c) => {
    const hist = model.data.channels[ch.name];
    const tail = carryover ? ch.lmax - 1 : 0;
    const series = [...hist, ...new Array(horizon).fill(s[ch.name]), ...new Array(tail).fill(0)]
      .map((v) => v / model.scaling.channels[ch.name]);
    for (let d = 0; d < nd; d++) {
      const values: Record<string, number> = {};
      for (const [k, v] of Object.entries(model.draws)) values[k] = v[0][d];
      const p = channelParams(model.spec, values, c);
      const a = adstock(ch, series, p.alpha, p.theta);
      for (let t = hist.length; t < series.length; t++) out[d] += saturationCurve(ch, p, a[t]) * model.scaling.kpi;
    }
  });
  return out;
}

export const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

/** Mean over draws of one channel's media KPI (reference, float64) at each spend in ss. */
export function referenceCurve(model: ModelJson, name: string, ss: number[], horizon: number, carryover = true): number[] {
  const c = model.spec.channels.findIndex((ch) => ch.name === name);
  const ch = model.spec.channels[c];
  const nd = model.draws[`saturation_beta[${name}]`][0].length;
  const params = Array.from({ length: nd }, (_, d) => {
    const values: Record<string, number> = {};
    for (const [k, v] of Object.entries(model.draws)) values[k] = v[0][d];
    return channelParams(model.spec, values, c);
  });
  const hist = model.data.channels[name];
  const tail = carryover ? ch.lmax - 1 : 0;
  return ss.map((s) => {
    const series = [...hist, ...new Array(horizon).fill(s), ...new Array(tail).fill(0)].map((v) => v / model.scaling.channels[name]);
    let acc = 0;
    for (const p of params) {
      const a = adstock(ch, series, p.alpha, p.theta);
      for (let t = hist.length; t < series.length; t++) acc += saturationCurve(ch, p, a[t]) * model.scaling.kpi;
    }
    return acc / nd;
  });
}

/**
 * Exhaustive grid search of the expected media KPI (separable: a sum of per-channel curves) over
 * plans with sum = P per period on a grid of step P/N, within per-channel [lo, hi].
 */
export function gridOptimum(model: ModelJson, names: string[], P: number, H: number, lo: number[], hi: number[], N: number):
  { value: number; s: number[] } {
  const grid = Array.from({ length: N + 1 }, (_, k) => (k * P) / N);
  const curves = names.map((c) => referenceCurve(model, c, grid, H));
  const ok = (i: number, k: number) => grid[k] >= lo[i] - 1e-9 && grid[k] <= hi[i] + 1e-9;
  let best = { value: -Infinity, s: [] as number[] };
  if (names.length === 2) {
    for (let k = 0; k <= N; k++) {
      if (!ok(0, k) || !ok(1, N - k)) continue;
      const v = curves[0][k] + curves[1][N - k];
      if (v > best.value) best = { value: v, s: [grid[k], grid[N - k]] };
    }
  } else {
    for (let k1 = 0; k1 <= N; k1++) for (let k2 = 0; k1 + k2 <= N; k2++) {
      const k3 = N - k1 - k2;
      if (!ok(0, k1) || !ok(1, k2) || !ok(2, k3)) continue;
      const v = curves[0][k1] + curves[1][k2] + curves[2][k3];
      if (v > best.value) best = { value: v, s: [grid[k1], grid[k2], grid[k3]] };
    }
  }
  return best;
}
