// Model criticism: PSIS-LOO (loo's definitions), LOO-PIT calibration, residual autocorrelation, ROI contraction,
// out-of-sample accuracy and sampler health, and the verdict in words they lead to.
export { psis, gpdfit, qgpd, tailLength, normalizeLogWeights, type PsisResult, type GpdFit } from './psis';
export { psisLoo, type PsisLoo, type LooEstimate } from './loo';
export { relativeEff } from './relative-eff';
export { looPit, pitCalibration, type PitCalibration, type PitShape } from './loo-pit';
export { residualAcf, type ResidualAcf } from './residual-acf';
export { pointwiseLogLik, normalLogDensity, studentTLogDensity, type PointwiseLogLik, type LogLikRows } from './log-lik';
export { roiContraction, type RoiContraction } from './contraction';
export { modelCriticism, type ModelCriticism, type LooSummary, type ParetoKCounts, type HoldoutAccuracy, type CriticismOptions } from './criticism';
export { modelVerdict, VERDICT_HEADLINES, type Verdict, type VerdictLevel } from './verdict';
export { stackingWeights, stackingObjective, type StackingOptions } from './stacking';
