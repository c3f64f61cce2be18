// Fit metrics (R^2, MAPE, NRMSE) of the expected KPI: in-sample on the fitted rows and out-of-sample on a holdout,
// on the posterior mean and per draw for intervals.
import type { Interval, ModelJson } from '../fit/model-json';
import type { DrawOptions } from './draws';
import { interval } from '../stats';
import { posteriorPass, type PosteriorPass } from './pass';

export interface FitMetrics { r2: number; mape: number; nrmse: number }

/** R^2 = 1 - SS_res/SS_tot; MAPE over periods with a non-zero KPI (a fraction, 0.05 = 5%);
 *  NRMSE = RMSE / (max y - min y). */
export function fitMetrics(y: ArrayLike<number>, mu: ArrayLike<number>): FitMetrics {
  const n = y.length;
  let mean = 0;
  for (let t = 0; t < n; t++) mean += y[t];
  mean /= n;
  let ssRes = 0, ssTot = 0, ape = 0, nApe = 0, lo = Infinity, hi = -Infinity;
  for (let t = 0; t < n; t++) {
    const r = y[t] - mu[t];
    ssRes += r * r;
    ssTot += (y[t] - mean) ** 2;
    if (y[t] !== 0) { ape += Math.abs(r / y[t]); nApe++; }
    lo = Math.min(lo, y[t]); hi = Math.max(hi, y[t]);
  }
  return {
    r2: ssTot > 0 ? 1 - ssRes / ssTot : NaN,
    mape: nApe > 0 ? ape / nApe : NaN,
    nrmse: hi > lo ? Math.sqrt(ssRes / n) / (hi - lo) : NaN,
  };
}

export interface PosteriorFitMetrics { atMean: FitMetrics; r2: Interval; mape: Interval; nrmse: Interval }

/** Each metric per draw. */
export interface FitMetricDraws { r2: Float64Array; mape: Float64Array; nrmse: Float64Array }

/** Which rows the metrics cover: 'fit' the fitted rows (in-sample), 'holdout' the held-out ones (out-of-sample). */
export type MetricRows = 'fit' | 'holdout';

function rowRange(pass: PosteriorPass, rows: MetricRows): [number, number] {
  return rows === 'fit' ? [0, pass.nFit] : [pass.nFit, pass.T];
}

/** R^2, MAPE and NRMSE of each draw's expected KPI against the KPI on those rows; undefined for 'holdout' without
 *  a holdout. Out of sample, the expected KPI is the forward model on the held-out inputs, carryover continuing from the fitted rows. */
export function fitMetricDraws(model: ModelJson, opts: DrawOptions = {}, rows: MetricRows = 'fit'): FitMetricDraws | undefined {
  const pass = posteriorPass(model, opts);
  const [from, to] = rowRange(pass, rows);
  if (to <= from) return undefined;
  const y = model.data.kpi.slice(from, to);
  const out: FitMetricDraws = { r2: new Float64Array(pass.n), mape: new Float64Array(pass.n), nrmse: new Float64Array(pass.n) };
  for (let d = 0; d < pass.n; d++) {
    const m = fitMetrics(y, pass.mu.subarray(d * pass.T + from, d * pass.T + to));
    out.r2[d] = m.r2; out.mape[d] = m.mape; out.nrmse[d] = m.nrmse;
  }
  return out;
}

function summarise(model: ModelJson, opts: DrawOptions, rows: MetricRows): PosteriorFitMetrics | undefined {
  const per = fitMetricDraws(model, opts, rows);
  if (!per) return undefined;
  const pass = posteriorPass(model, opts);
  const [from, to] = rowRange(pass, rows);
  const meanMu = new Float64Array(to - from);
  for (let d = 0; d < pass.n; d++) for (let t = from; t < to; t++) meanMu[t - from] += pass.mu[d * pass.T + t] / pass.n;
  return {
    atMean: fitMetrics(model.data.kpi.slice(from, to), meanMu),
    r2: interval(per.r2),
    mape: interval(per.mape),
    nrmse: interval(per.nrmse),
  };
}

/** In-sample: metrics of the posterior-mean fit over the fitted rows, and intervals of each metric over draws. */
export function posteriorFitMetrics(model: ModelJson, opts: DrawOptions = {}): PosteriorFitMetrics {
  return summarise(model, opts, 'fit')!;
}

/** Out-of-sample: the same metrics over the held-out rows (undefined when the model has no holdout). */
export function posteriorHoldoutMetrics(model: ModelJson, opts: DrawOptions = {}): PosteriorFitMetrics | undefined {
  return summarise(model, opts, 'holdout');
}
