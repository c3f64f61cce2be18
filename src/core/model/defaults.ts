// Defaults in one place: the default model spec for a dataset and the default priors (PyMC-Marketing's where it has one).
// The CLI (`marginal fit data.csv`) and the app (Data and Model steps, the demo) both build their spec with defaultSpec.
import type { ColumnMapping, Frequency } from '../data/types';
import type { AdstockKind, LikelihoodKind, ModelSpec, PriorSpec, SaturationCoordinates, SaturationKind } from './spec';

/** Longest carryover (lmax) per period: 8 weeks, 28 days. */
export const DEFAULT_LMAX: Record<Frequency, number> = { weekly: 8, daily: 28 };
export const DEFAULT_ADSTOCK: AdstockKind = 'geometric';
export const DEFAULT_SATURATION: SaturationKind = 'logistic';
/** Yearly Fourier order (2 sine/cosine pairs), as PyMC-Marketing's examples. */
export const DEFAULT_YEARLY = 2;
/**
 * A linear trend by default: without one, a slow channel with long carryover absorbs the trend (the
 * recovery check found an ROI of 11.7 where the truth was 1.15). `marginal fit --no-trend` turns it off.
 */
export const DEFAULT_TREND = true;
export const DEFAULT_LIKELIHOOD: LikelihoodKind = 'normal';
/**
 * The sampler's coordinates for saturation_beta when the spec does not say (src/core/model/saturation-coords.ts).
 * Effect coordinates (with the mean level), measured by bench/saturation-coords.bench.ts, 4 x (1000 + 1000): PyMC
 * example 609 -> 358 leapfrogs per iteration, min bulk-ESS per gradient x2.0, 0 divergences either way; weekly Hill
 * fits (recovery datasets 2, 11, 14) 335 -> 77, 957 -> 161 and 620 -> 111 leapfrogs per iteration, divergences
 * 176 -> 10, 138 -> 15 and 142 -> 0, min bulk-ESS per gradient x9.6, x140 (R-hat 1.21 -> 1.007) and x7.0.
 */
export const DEFAULT_SATURATION_COORDINATES: SaturationCoordinates = 'effect';

/** The default spec for a dataset with this column mapping: the one both the CLI and the app start from. */
export function defaultSpec(mapping: ColumnMapping, frequency: Frequency): ModelSpec {
  const lmax = DEFAULT_LMAX[frequency];
  return {
    date: mapping.date,
    kpi: mapping.kpi,
    channels: mapping.channels.map((name) => ({ name, adstock: DEFAULT_ADSTOCK, lmax, saturation: DEFAULT_SATURATION })),
    controls: [...mapping.controls],
    yearly: DEFAULT_YEARLY,
    trend: DEFAULT_TREND,
    likelihood: DEFAULT_LIKELIHOOD,
    standardizeControls: false,
    priors: {},
    liftTests: [],
  };
}

/**
 * Default priors keyed by parameter name. PyMC-Marketing's defaults except where it has none:
 * adstock_theta HalfNormal(1) as PyMC-Marketing's DelayedAdstock (here truncated to [0, lmax-1]),
 * nu Gamma(2, 0.1) (Juarez & Steel), trend Normal(0, 1). saturation_lam depends on the curve:
 * Gamma(3, 1) for logistic, HalfNormal(1) for Michaelis-Menten (PyMC-Marketing's MM lam prior).
 */
export const DEFAULT_PRIORS: Record<string, PriorSpec> = {
  intercept: { dist: 'Normal', mu: 0, sigma: 2 },
  trend: { dist: 'Normal', mu: 0, sigma: 1 },
  gamma_control: { dist: 'Normal', mu: 0, sigma: 2 },
  gamma_fourier: { dist: 'Laplace', mu: 0, b: 1 },
  sigma: { dist: 'HalfNormal', sigma: 2 },
  nu: { dist: 'Gamma', alpha: 2, beta: 0.1 },
  adstock_alpha: { dist: 'Beta', alpha: 1, beta: 3 },
  adstock_theta: { dist: 'HalfNormal', sigma: 1 },
  saturation_lam: { dist: 'Gamma', alpha: 3, beta: 1 },
  saturation_kappa: { dist: 'HalfNormal', sigma: 1.5 },
  saturation_slope: { dist: 'HalfNormal', sigma: 1.5 },
  saturation_beta: { dist: 'HalfNormal', sigma: 2 },
};

export const DEFAULT_MM_LAM: PriorSpec = { dist: 'HalfNormal', sigma: 1 };

/** The default prior of `key` for a channel with the given saturation (only saturation_lam differs). */
export function defaultPrior(key: string, saturation?: SaturationKind): PriorSpec | undefined {
  if (key === 'saturation_lam' && saturation === 'michaelis-menten') return DEFAULT_MM_LAM;
  return DEFAULT_PRIORS[key];
}
