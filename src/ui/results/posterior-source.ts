// Fills ResultsData from core/posterior: every per-draw quantity the Results page shows, read from one posterior pass.
import type { ModelJson } from '../../core/fit';
import {
  adstockWeightDraws, baselineDraws, baselineTotals, channelContributions, contributionTotals, costPerKpiDraws, drawCount,
  fitMetricDraws, mroiDraws, muDraws, muTotals, posteriorContext, posteriorPredictive, responseCurves, roiDraws, shares,
  synergyContributions, synergyTotals,
} from '../../core/posterior/index';
import { thinIndices } from '../../core/stats';
import type { ResultsData } from './results-data';
import { holdoutStart } from '../../core/fit';

/** Draws used for the Results page: enough for stable 94% bands, few enough to stay interactive. */
export const RESULTS_MAX_DRAWS = 400;

export function loadResultsData(model: ModelJson, maxDraws = RESULTS_MAX_DRAWS): ResultsData {
  if (drawCount(model) === 0) throw new Error('this model holds no posterior draws (was the fit cancelled during warmup?): fit again to see results');
  const opts = { maxDraws };
  const ctx = posteriorContext(model);
  const channels = ctx.channels.map((c) => c.name);
  const curves = responseCurves(model, opts);
  const sh = shares(model, opts);
  const holdoutMetrics = fitMetricDraws(model, opts, 'holdout');
  return {
    kpiName: model.data.kpiName || model.spec.kpi,
    channels,
    dates: model.data.dates,
    actual: model.data.kpi,
    holdoutStart: holdoutStart(model),
    // fitted and predictive cover every row (a holdout included); the rest covers the fitted window.
    fitted: muDraws(model, opts),
    predictive: posteriorPredictive(model, { ...opts, seed: 1 }),
    baseline: baselineDraws(model, opts),
    contributions: channelContributions(model, opts),
    synergy: synergyContributions(model, opts),
    synergyTotal: synergyTotals(model, opts),
    fittedTotal: muTotals(model, opts),
    baselineTotal: baselineTotals(model, opts),
    contributionTotal: contributionTotals(model, opts),
    spendTotal: ctx.spendTotal,
    roi: roiDraws(model, opts),
    mroi: mroiDraws(model, opts),
    costPerKpi: costPerKpiDraws(model, opts),
    contributionShare: sh.contribution,
    spendShare: sh.spend,
    response: Object.fromEntries(channels.map((ch) => [ch, {
      grid: curves[ch].spend, draws: curves[ch].response, current: curves[ch].current, seen: curves[ch].seen,
    }])),
    adstock: adstockWeightDraws(model, opts),
    metrics: fitMetricDraws(model, opts, 'fit'),
    ...(holdoutMetrics && { holdoutMetrics }),
  };
}

/** How many draws the page uses out of how many the model holds (shown to the analyst). */
export function drawsUsed(model: ModelJson, maxDraws = RESULTS_MAX_DRAWS): { used: number; total: number } {
  const total = drawCount(model);
  return { used: thinIndices(total, maxDraws).length, total };
}
