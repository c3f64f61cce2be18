// Reference figures for optimizer tests (float64, the plain forward model from src/core/model/forward.ts): media KPI per draw, mean curves, grid optimum.
import type { ModelJson } from '../../src/core/fit/model-json';
import { adstock, channelParams, saturationCurve } from '../../src/core/model';

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
