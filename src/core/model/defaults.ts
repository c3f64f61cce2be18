// Defaults in one place: the default model spec for a dataset and the default priors (PyMC-Marketing's where it has one).
// The CLI (`marginal fit data.csv`) and the app (Data and Model steps, the demo) both build their spec with defaultSpec.
import type { ColumnMapping, Frequency } from '../data/types';
import type { AdstockKind, LikelihoodKind, ModelSpec, PriorSpec, SaturationKind } from './spec';

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
  synergy_eta: DEFAULT_SYNERGY_PRIOR,
};

export const DEFAULT_MM_LAM: PriorSpec = { dist: 'HalfNormal', sigma: 1 };

/** The default prior of `key` for a channel with the given saturation (only saturation_lam differs). */
export function defaultPrior(key: string, saturation?: SaturationKind): PriorSpec | undefined {
  if (key === 'saturation_lam' && saturation === 'michaelis-menten') return DEFAULT_MM_LAM;
  return DEFAULT_PRIORS[key];
}
