// The model specification: what the analyst chose, serialisable as-is into model.json.

export type AdstockKind = 'geometric' | 'delayed';
export type SaturationKind = 'logistic' | 'hill' | 'michaelis-menten';
export type LikelihoodKind = 'normal' | 'student-t';
/** The sampler's coordinates for each channel's saturation_beta (src/core/model/saturation-coords.ts): the same model either way. */
export type SaturationCoordinates = 'natural' | 'effect';

export interface ChannelSpec {
  name: string;
  adstock: AdstockKind;
  /** Maximum lag of the adstock kernel in periods (weights for lags 0..lmax-1). */
  lmax: number;
  saturation: SaturationKind;
}

/** One prior in PyMC-Marketing's model_config style, e.g. {dist: 'HalfNormal', sigma: [1.3, 0.7]}. */
export interface PriorSpec {
  dist: 'Normal' | 'HalfNormal' | 'LogNormal' | 'Gamma' | 'Beta' | 'Laplace' | 'TruncatedNormal';
  [param: string]: number | number[] | string;
}

/** User prior overrides keyed by PyMC parameter name (intercept, saturation_beta, roi, ...). */
export type PriorConfig = Record<string, PriorSpec>;

/** A lift test in original units: spending deltaX more on top of x moved the KPI by deltaY +- sigma. */
export interface LiftTest {
  channel: string;
  x: number;
  deltaX: number;
  deltaY: number;
  sigma: number;
}

export interface ModelSpec {
  date: string;
  kpi: string;
  channels: ChannelSpec[];
  controls: string[];
  /** Fourier order of yearly seasonality (0 = none). */
  yearly: number;
  trend: boolean;
  likelihood: LikelihoodKind;
  /** Standardise controls (subtract mean, divide by sd) instead of leaving them unscaled. */
  standardizeControls: boolean;
  priors: PriorConfig;
  liftTests: LiftTest[];
  /** The last `holdout` periods are left out of the fit and used to measure out-of-sample accuracy (default 0 = none). */
  holdout?: number;
  /** How the sampler moves saturation_beta: 'natural' (log beta) or 'effect' (log of the channel's mean contribution).
   *  The posterior is the same; absent = DEFAULT_SATURATION_COORDINATES. */
  saturationCoordinates?: SaturationCoordinates;
}

/** Sampler settings for a fit. */
export interface FitConfig {
  chains: number;
  warmup: number;
  draws: number;
  seed: number;
  targetAccept: number;
  maxDepth: number;
}
