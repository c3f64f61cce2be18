// Statistics of per-draw values: one home for quantiles, intervals, bands, moments, thinning, RNGs and special functions.
export { thinIndices } from './thin';
