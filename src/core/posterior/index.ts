// Posterior quantities computed from a ModelJson, all per draw and in original units, read from one posterior pass.
export { drawCount, drawPositions, drawRecords, posteriorDraws, type DrawOptions, type PosteriorDraws } from './draws';
export { posteriorContext, type PosteriorContext, type PosteriorWindow } from './context';
export { posteriorPass, matrixRows, DEFAULT_MROI_INCREASE, type PosteriorPass, type PassOptions } from './pass';
export { channelContributions, contributionTotals } from './contributions';
export { synergyContributions, synergyTotals, switchOffContributions } from './synergy';
export { baselineDraws, baselineTotals } from './baseline';
export { muDraws, muTotals, type MuOptions } from './mu';
export { counterfactualDelta, zeroSpendDelta } from './counterfactual';
export { roiDraws, costPerKpiDraws } from './roi';
export { mroiDraws, type MroiOptions } from './mroi';
export { shares, type Shares } from './shares';
export { responseCurves, type ResponseCurve, type ResponseCurveOptions } from './response-curve';
export { adstockWeightDraws } from './adstock';
export { posteriorPredictive, type PredictiveOptions } from './predictive';
export {
  fitMetrics, fitMetricDraws, posteriorFitMetrics, posteriorHoldoutMetrics,
  type FitMetrics, type FitMetricDraws, type MetricRows, type PosteriorFitMetrics,
} from './fit-metrics';
