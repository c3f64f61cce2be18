// Fit metrics (R^2, MAPE, NRMSE) of the expected KPI: in-sample on the fitted rows and out-of-sample on a holdout,
// on the posterior mean and per draw for intervals.
import type { Interval, ModelJson } from '../fit/model-json';
import { muDraws } from './mu';
import { posteriorContext } from './context';
import type { DrawOptions } from './draws';
import { interval } from '../stats';

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

function summarise(y: ArrayLike<number>, mus: ArrayLike<number>[]): PosteriorFitMetrics {
  const meanMu = new Float64Array(y.length);
  for (const mu of mus) for (let t = 0; t < y.length; t++) meanMu[t] += mu[t] / mus.length;
  const per = mus.map((mu) => fitMetrics(y, mu));
  return {
    atMean: fitMetrics(y, meanMu),
    r2: interval(per.map((m) => m.r2)),
    mape: interval(per.map((m) => m.mape)),
    nrmse: interval(per.map((m) => m.nrmse)),
  };
}

/** In-sample: metrics of the posterior-mean fit over the fitted rows, and intervals of each metric over draws. */
export function posteriorFitMetrics(model: ModelJson, opts: DrawOptions = {}): PosteriorFitMetrics {
  const y = posteriorContext(model).y;
  return summarise(y, muDraws(model, { ...opts, window: 'fit' }));
}

/** Out-of-sample: the same metrics over the held-out rows (undefined when the model has no holdout). The
 *  expected KPI there is the forward model on the held-out inputs, carryover continuing from the fitted rows. */
export function posteriorHoldoutMetrics(model: ModelJson, opts: DrawOptions = {}): PosteriorFitMetrics | undefined {
  const nFit = posteriorContext(model).nFit;
  const all = model.data.kpi;
  if (nFit >= all.length) return undefined;
  const mus = muDraws(model, { ...opts, window: 'all' }).map((mu) => mu.subarray(nFit));
  return summarise(all.slice(nFit), mus);
}
