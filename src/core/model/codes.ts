// Numeric codes shared with the WASM density (assembly/mmm/*.ts): keep both sides in step.
import type { AdstockKind, SaturationKind, LikelihoodKind, PriorSpec } from './spec';

export const DIST_CODES: Record<PriorSpec['dist'], number> = {
  Normal: 0, HalfNormal: 1, LogNormal: 2, Gamma: 3, Beta: 4, Laplace: 5, TruncatedNormal: 6,
};
export const ADSTOCK_CODES: Record<AdstockKind, number> = { geometric: 0, delayed: 1, 'weibull-pdf': 2, 'weibull-cdf': 3 };
export const SATURATION_CODES: Record<SaturationKind, number> = { logistic: 0, hill: 1, 'michaelis-menten': 2 };
export const LIKELIHOOD_CODES: Record<LikelihoodKind, number> = { normal: 0, 'student-t': 1 };

/** Constraining transforms: real (x = q), positive (x = exp q), interval (x = lo + (hi-lo) logistic(q)). */
export type TransformKind = 'real' | 'positive' | 'interval';
export const TRANSFORM_CODES: Record<TransformKind, number> = { real: 0, positive: 1, interval: 2 };

export const BLOB_MAGIC = 1010;
export const BLOB_HEADER = 24;
export const BLOB_CH_SLOTS = 10;
export const BLOB_PAR_SLOTS = 10;
export const BLOB_LIFT_SLOTS = 5;
/** Synergy: header slots [18] number of pairs S, [19] q index of the first pair's eta; a table of S x 4 after the lift tests. */
export const BLOB_SYN_COUNT = 18;
export const BLOB_SYN_FIRST = 19;
export const BLOB_SYN_SLOTS = 4;
