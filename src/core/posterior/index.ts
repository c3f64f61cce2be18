// Posterior quantities computed from a ModelJson, all per draw and in original units.
export { drawCount, drawPositions, drawRecords, type DrawOptions } from './draws';
export { posteriorContext, type PosteriorContext, type PosteriorWindow } from './context';
export { channelContributions, contributionTotals } from './contributions';
export { baselineDraws } from './baseline';
export { muDraws, type MuOptions } from './mu';
export { counterfactualDelta } from './counterfactual';
export { roiDraws } from './roi';
export { mroiDraws, type MroiOptions } from './mroi';
export { shares, type Shares } from './shares';
export { responseCurves, type ResponseCurve, type ResponseCurveOptions } from './response-curve';
export { adstockWeightDraws } from './adstock';
export { posteriorPredictive, type PredictiveOptions } from './predictive';
export { fitMetrics, posteriorFitMetrics, posteriorHoldoutMetrics, type FitMetrics, type PosteriorFitMetrics } from './fit-metrics';
