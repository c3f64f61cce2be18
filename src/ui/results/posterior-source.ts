// Fills ResultsData from core/posterior: every per-draw quantity the Results page shows, computed once per model.
import type { ModelJson } from '../../core/fit/model-json';
import {
  adstockWeightDraws, baselineDraws, channelContributions, drawCount, fitMetrics, mroiDraws, muDraws,
  posteriorContext, posteriorPredictive, responseCurves, roiDraws, shares,
} from '../../core/posterior/index';
import type { ResultsData } from './results-data';
import { holdoutStart } from '../../core/fit/holdout';

/** Draws used for the Results page: enough for stable 94% bands, few enough to stay interactive. */
export const RESULTS_MAX_DRAWS = 400;

export function loadResultsData(model: ModelJson, maxDraws = RESULTS_MAX_DRAWS): ResultsData {
  if (drawCount(model) === 0) throw new Error('this model holds no posterior draws (was the fit cancelled during warmup?): fit again to see results');
  const opts = { maxDraws };
  const ctx = posteriorContext(model);
  const channels = ctx.channels.map((c) => c.name);
  // fitted and predictive cover every row (a holdout included); the rest covers the fitted window.
  const fitted = muDraws(model, opts);
  const y = model.data.kpi;
  const nFit = ctx.nFit;
  const metricsOf = (from: number, to: number) => {
    const per = fitted.map((mu) => fitMetrics(y.slice(from, to), mu.subarray(from, to)));
    return {
      r2: Float64Array.from(per, (m) => m.r2),
      mape: Float64Array.from(per, (m) => m.mape),
      nrmse: Float64Array.from(per, (m) => m.nrmse),
    };
  };
  const curves = responseCurves(model, opts);
  const sh = shares(model, opts);
  const T = ctx.T;
  return {
    kpiName: model.data.kpiName || model.spec.kpi,
    channels,
    dates: model.data.dates,
    actual: y,
    holdoutStart: holdoutStart(model),
    fitted,
    predictive: posteriorPredictive(model, { ...opts, seed: 1 }),
    baseline: baselineDraws(model, opts),
    contributions: channelContributions(model, opts),
    spendTotal: ctx.spendTotal,
    roi: roiDraws(model, opts),
    mroi: mroiDraws(model, opts),
    contributionShare: sh.contribution,
    spendShare: sh.spend,
    response: Object.fromEntries(channels.map((ch) => [ch, {
      grid: curves[ch].spend, draws: curves[ch].response, current: ctx.spendTotal[ch] / T,
    }])),
    adstock: adstockWeightDraws(model, opts),
    metrics: metricsOf(0, nFit),
    ...(nFit < y.length && { holdoutMetrics: metricsOf(nFit, y.length) }),
  };
}

/** How many draws the page uses out of how many the model holds (shown to the analyst). */
export function drawsUsed(model: ModelJson, maxDraws = RESULTS_MAX_DRAWS): { used: number; total: number } {
  const total = drawCount(model);
  return { used: Math.min(total, maxDraws), total };
}
