// Defaults in one place: the default model spec for a dataset and the default priors (PyMC-Marketing's where it has one).
// The CLI (`marginal fit data.csv`) and the app (Data and Model steps, the demo) both build their spec with defaultSpec.
import type { ColumnMapping, Frequency } from '../data/types';
import type { AdstockKind, BaselineSpec, LikelihoodKind, ModelSpec, PriorSpec, SaturationCoordinates, SaturationKind } from './spec';

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
/**
 * Knot spacing of the flexible (random-walk) baseline per period: a quarter, 13 weeks or 91 days, coarse enough
 * that the baseline cannot follow a channel's flights (carryover up to 8 weeks / 28 days).
 */
export const DEFAULT_KNOT_EVERY: Record<Frequency, number> = { weekly: 13, daily: 91 };
export const DEFAULT_LIKELIHOOD: LikelihoodKind = 'normal';
/**
 * The baseline is a random walk on knots by default (components/baseline-flex.ts), so level shifts and slow curves
 * do not leak into slow channels. The recovery benchmark chose it: on 23 of the 24 datasets (the 24th was cut short),
 * with the ROI prior, linear -> random walk: coverage94 87% -> 90%, median MARE 0.45 -> 0.43, median SRMSE 0.51 ->
 * 0.50, median gain captured 39% -> 46%, confident plans that truly lose 2 -> 1, Brier 0.169 -> 0.136 (coverage50
 * 52% -> 48%). `marginal fit --baseline linear` or the Model step's box turns it off.
 */
export const DEFAULT_BASELINE: BaselineSpec = { kind: 'random-walk' };
/**
 * Each channel's prior is on its ROI (KPI per unit of spend), Meridian's default LogNormal(0.2, 0.9): median 1.2x,
 * 94% interval 0.22x to 6.6x. On the scale of spend, so a 2%-of-spend channel cannot claim a third of the KPI, as it
 * could under a vague prior on saturation_beta. The recovery benchmark (README "Recovery benchmark") chose it:
 * coverage94 80% -> 85%, median MARE 1.11 -> 0.45, median SRMSE 1.15 -> 0.52, confident plans that truly lose 7 -> 3,
 * median divergences 2 -> 0 (median gain captured 38% -> 36%, within the suite's noise). A priors file or JSON
 * with saturation_beta instead puts the prior back on beta.
 */
export const DEFAULT_ROI_PRIOR: PriorSpec = { dist: 'LogNormal', mu: 0.2, sigma: 0.9 };
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
    priors: { roi: { ...DEFAULT_ROI_PRIOR } },
    liftTests: [],
    baseline: { ...DEFAULT_BASELINE, knotEvery: DEFAULT_KNOT_EVERY[frequency] },
  };
}

/**
 * The synergy eta x sat_a x sat_b between a chosen pair: centred on no interaction (negative = cannibalisation),
 * sd 0.1 in scaled KPI units (KPI / max |KPI|; sat in [0, 1)). eta is the extra KPI when both channels are fully
 * saturated, on the scale of a channel's maximum effect beta: "each does 15% better together" is eta ~ 0.15 (beta_a +
 * beta_b), and a channel's beta is a few hundredths to ~0.3 of the KPI's maximum, so |eta| up to ~0.1 is plausible and
 * the 94% range +-0.19 a generous bound. (The recovery suite's true synergies are 0.014-0.040 on this scale.)
 * PyMC-Marketing has no synergy term, so no default to follow.
 */
export const DEFAULT_SYNERGY_PRIOR: PriorSpec = { dist: 'Normal', mu: 0, sigma: 0.1 };

/**
 * Default priors keyed by parameter name. PyMC-Marketing's defaults except where it has none:
 * adstock_theta HalfNormal(1) as PyMC-Marketing's DelayedAdstock (here truncated to [0, lmax-1]),
 * nu Gamma(2, 0.1) (Juarez & Steel), trend Normal(0, 1). saturation_lam depends on the curve:
 * Gamma(3, 1) for logistic, HalfNormal(1) for Michaelis-Menten (PyMC-Marketing's MM lam prior).
 * adstock_lam and adstock_k (Weibull scale and shape) depend on the kernel: here the PDF's, PyMC-Marketing's
 * WeibullPDFAdstock Gamma(mu=2, sigma=1) and Gamma(mu=3, sigma=1), i.e. Gamma(alpha=mu^2/sigma^2, beta=mu/sigma^2);
 * DEFAULT_WEIBULL_CDF holds the CDF's.
 */
export const DEFAULT_PRIORS: Record<string, PriorSpec> = {
  intercept: { dist: 'Normal', mu: 0, sigma: 2 },
  trend: { dist: 'Normal', mu: 0, sigma: 1 },
  gamma_control: { dist: 'Normal', mu: 0, sigma: 2 },
  gamma_fourier: { dist: 'Laplace', mu: 0, b: 1 },
  sigma: { dist: 'HalfNormal', sigma: 2 },
  // The random-walk baseline's step scale per knot on the scaled KPI (max |KPI| = 1), held near 0.1 (a level
  // shift of 10-15% of a typical level is one or two steps). Measured on the recovery benchmark's level-shift and
  // slow-curve datasets: a vague HalfNormal(0.1) let tau and the steps form a funnel (398 divergences, R-hat 2.06
  // on one dataset, median MARE 3.74); held near 0.1, median MARE 1.58 against 2.20 without the flexible
  // baseline (README, "The model"). Loosen it to let the data choose the smoothness.
  baseline_tau: { dist: 'LogNormal', mu: Math.log(0.1), sigma: 0.05 },
  nu: { dist: 'Gamma', alpha: 2, beta: 0.1 },
  adstock_alpha: { dist: 'Beta', alpha: 1, beta: 3 },
  adstock_theta: { dist: 'HalfNormal', sigma: 1 },
  adstock_lam: { dist: 'Gamma', alpha: 4, beta: 2 },
  adstock_k: { dist: 'Gamma', alpha: 9, beta: 3 },
  saturation_lam: { dist: 'Gamma', alpha: 3, beta: 1 },
  saturation_kappa: { dist: 'HalfNormal', sigma: 1.5 },
  saturation_slope: { dist: 'HalfNormal', sigma: 1.5 },
  saturation_beta: { dist: 'HalfNormal', sigma: 2 },
  synergy_eta: DEFAULT_SYNERGY_PRIOR,
};

export const DEFAULT_MM_LAM: PriorSpec = { dist: 'HalfNormal', sigma: 1 };

/** Weibull CDF kernel: PyMC-Marketing's WeibullCDFAdstock priors, lam and k both Gamma(mu=2, sigma=2.5) = Gamma(0.64, 0.32). */
export const DEFAULT_WEIBULL_CDF: Record<'adstock_lam' | 'adstock_k', PriorSpec> = {
  adstock_lam: { dist: 'Gamma', alpha: 0.64, beta: 0.32 },
  adstock_k: { dist: 'Gamma', alpha: 0.64, beta: 0.32 },
};

/** The random-walk baseline's standardised steps eps_j (non-centred: the step is tau * eps_j); not a choice, not a priors key. */
export const FLEX_EPS_PRIOR: PriorSpec = { dist: 'Normal', mu: 0, sigma: 1 };

/** The default prior of `key` for a channel with the given saturation and adstock (saturation_lam differs by
 *  curve, adstock_lam and adstock_k by Weibull kernel; the baseline's steps are standard Normal). */
export function defaultPrior(key: string, saturation?: SaturationKind, adstock?: AdstockKind): PriorSpec | undefined {
  if (key === 'saturation_lam' && saturation === 'michaelis-menten') return DEFAULT_MM_LAM;
  if ((key === 'adstock_lam' || key === 'adstock_k') && adstock === 'weibull-cdf') return DEFAULT_WEIBULL_CDF[key];
  if (key === 'baseline_eps') return FLEX_EPS_PRIOR;
  return DEFAULT_PRIORS[key];
}
