// Statistics of per-draw values: one home for quantiles, intervals, bands, moments, thinning, RNGs and special functions.
export { thinIndices } from './thin';
export { quantile, quantileSorted, sortedCopy } from './quantile';
export { mean, variance, sd } from './moments';
export { logSumExp } from './log-sum-exp';
export { median } from './median';
export { credibleInterval, interval, centralTail, type CredibleInterval, type Interval } from './interval';
export { distribution, type Distribution } from './distribution';
export { sortColumns, bandAt, bandsAt, quantileAt, seriesInterval, type Band, type SortedColumns } from './bands';
export { sortScalar, scalarInterval, type SortedScalar, type ScalarInterval } from './sorted-scalar';
export { histogram, type Bin } from './histogram';
export { probabilityAbove } from './probability-above';
export { createRng, type Rng } from './rng';
export {
  sampleNormal, sampleHalfNormal, sampleLogNormal, sampleGamma, sampleBeta, sampleLaplace, sampleStudentT, sampleTruncatedNormal,
} from './samplers';
export { normalCdf, normalQuantile } from './special/normal';
export { lgamma, digamma } from './special/gamma';
export { betaCdf, betaQuantile } from './special/beta';
