// The model specification: what the analyst chose, serialisable as-is into model.json.

/** Carryover kernels: geometric, delayed, and Weibull (PDF or CDF shaped; see components/adstock.ts). */
export type AdstockKind = 'geometric' | 'delayed' | 'weibull-pdf' | 'weibull-cdf';
export type SaturationKind = 'logistic' | 'hill' | 'michaelis-menten';
export type LikelihoodKind = 'normal' | 'student-t';
/** How warmup adapts the metric and step size: Stan's windowed adaptation or nutpie's (src/core/engine/adaptation.ts). */
export type AdaptationKind = 'stan' | 'nutpie';
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

/**
 * The baseline's level: 'linear' (intercept + the optional trend, the default) or 'random-walk', which adds a
 * time-varying intercept for level shifts and slow curves: a Gaussian random walk on knots every `knotEvery`
 * periods (a whole number >= 2; absent = DEFAULT_KNOT_EVERY for the data's frequency, 13 weeks / 91 days),
 * linear between knots, starting at 0, step scale tau ~ LogNormal(ln 0.1, 0.05) (priors.baseline_tau, editable).
 * See components/baseline-flex.ts.
 */
export interface BaselineSpec {
  kind: 'linear' | 'random-walk';
  knotEvery?: number;
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

/**
 * A synergy between two channels: eta x sat_a(t) x sat_b(t) is added to the KPI, sat being each channel's saturated
 * adstocked spend (the curve at beta = 1); eta > 0 when the pair does better together, < 0 for cannibalisation.
 */
export interface SynergyPair {
  a: string;
  b: string;
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
  /** Channel pairs with a synergy term (absent or empty = none). */
  synergy?: SynergyPair[];
  /** The last `holdout` periods are left out of the fit and used to measure out-of-sample accuracy (default 0 = none). */
  holdout?: number;
  /** The flexible baseline (absent = linear). */
  baseline?: BaselineSpec;
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
  /** Warmup's adaptation; absent means DEFAULT_ADAPTATION ('stan'). */
  adaptation?: AdaptationKind;
}
