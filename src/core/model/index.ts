// The model's public surface: spec defaults, priors, scaling, packing for the WASM density, the ROI-derived beta,
// the forward model and its components.
export * from './spec';
export { defaultSpec, DEFAULT_PRIORS, DEFAULT_WEIBULL_CDF, DEFAULT_LMAX, defaultPrior } from './defaults';
export { parsePriors, resolvePriors, type ResolvedPrior } from './priors';
export { parameterEntries, usesRoi, fourierNames, type ParamEntry } from './params';
export { scaleData, type ScaledData } from './scale';
export { packModel, buildLayout, packBlob, TARGET_MMM, type Layout, type ChannelLayout, type LiftRow, type SynergyRow } from './pack';
export { roiBeta, unitSaturationSum } from './roi-beta';
export { forwardModel, baselineAt, baselineCoefs, type BaselineCoefs, type ForwardSpec } from './forward';
export { adstockWeights, adstockAt, adstock, ADSTOCK_KINDS, ADSTOCK_PARAMS, isWeibull, minLmax } from './components/adstock';
export {
  saturationUnit, saturationCurve, saturationSumJet, logisticSum, hillSum, michaelisMentenSum, logistic, logisticD1, logisticD2, hill, hillD1, hillD2, HILL_FLOOR,
  michaelisMenten, michaelisMentenD1, michaelisMentenD2, type SaturationParams,
} from './components/saturation';
export { trendAt, interceptTrend } from './components/baseline';
export {
  BASELINE_KINDS, checkBaseline, checkKnotEvery, resolveBaseline, hasFlex, knotCount, knotValues, flexAt, flexKnots,
} from './components/baseline-flex';
export { fourierAngle, seasonalityAt } from './components/seasonality';
export { controlValue, controlsAt } from './components/controls';
export { channelParams, channelUnitContribution, channelContribution, type ChannelParams } from './components/channel';
export {
  synergyPairs, synergyTerm, synergyDelta, synergyParamName, pairName, SYNERGY_KEY, type ResolvedPair,
} from './components/synergy';
export { DEFAULT_SYNERGY_PRIOR } from './defaults';
export { samplePriorPredictive } from './prior-predictive';
export { priorCheck } from './prior-check';
export type { Scaling } from '../fit/model-json';
export { DEFAULT_ADSTOCK, DEFAULT_LIKELIHOOD, DEFAULT_SATURATION, DEFAULT_YEARLY, DEFAULT_KNOT_EVERY } from './defaults';
export { type PriorPredictive } from './prior-predictive';
export { DEFAULT_ROI_WORDS, roiPrior, roiPriorToWords, roiWordsProblem, type RoiWords } from './roi-words';
