// The model's public surface: spec defaults, priors, scaling, packing for the WASM density, constraining, forward model.
export * from './spec';
export { defaultSpec, DEFAULT_PRIORS, DEFAULT_LMAX, defaultPrior } from './defaults';
export { parsePriors, resolvePriors, type ResolvedPrior } from './priors';
export { parameterEntries, usesRoi, fourierNames, type ParamEntry } from './params';
export { scaleData, type ScaledData } from './scale';
export { packModel, buildLayout, packBlob, TARGET_MMM, type Layout, type ChannelLayout, type LiftRow } from './pack';
export { constrain, constrainNamed, unitSaturationSum } from './constrain';
export {
  adstockWeights, adstock, saturationUnit, saturationCurve, channelParams, channelUnitContribution,
  channelContribution, forwardModel, type ChannelParams,
} from './forward';
export { logDensityTs } from './density-ts';
export { samplePriorPredictive } from './prior-predictive';
export { priorCheck } from './prior-check';
export type { Scaling } from '../fit/model-json';
