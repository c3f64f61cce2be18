// Convergence thresholds, by Stan's and the `posterior` package's conventions (Vehtari et al. 2021):
// R-hat above 1.01 warns, bulk or tail ESS below 100 per chain warns, any divergence after warmup is a
// problem, iterations that hit the maximum tree depth are inefficiency, and E-BFMI below 0.3 flags poor energy mixing.

/** R-hat above this: the chains disagree (warn). */
export const RHAT_WARN = 1.01;
/** R-hat above this (or undefined): the chains clearly have not mixed (bad). */
export const RHAT_BAD = 1.05;
/** Effective draws needed per chain, for both bulk and tail ESS. */
export const ESS_PER_CHAIN = 100;
/** Divergent transitions after warmup tolerated (none). */
export const MAX_DIVERGENCES = 0;
/** Iterations at the maximum tree depth tolerated before saying so (none). */
export const MAX_TREEDEPTH_HITS = 0;
/** E-BFMI below this on a chain: the energy mixes poorly. */
export const EBFMI_MIN = 0.3;

/** The bulk/tail ESS a fit with this many chains needs: 100 per chain. */
export function essTarget(chains: number): number {
  return ESS_PER_CHAIN * chains;
}

// Fit timing (core/fit/fit-timing): when a fit is slow, whether the time went to geometry (many leapfrog steps per
// draw) or to size (few gradients per second, each a pass over the data).

/** Sampling wall time above this (seconds): the fit is slow and the Fit page says what the time went to. */
export const SLOW_FIT_SECONDS = 30;
/** Leapfrog steps per draw of a well-conditioned posterior: NUTS tree depth 3 to 5 (2^3 - 1 to 2^5 - 1). */
export const WELL_CONDITIONED_LEAPFROGS = Object.freeze({ min: 7, max: 31 });
/** Mean leapfrog steps per sampling draw above this (tree depth 6 or more on average): the geometry is hard. */
export const MANY_LEAPFROGS_PER_DRAW = 63;
/** Gradients per second per chain below this: each gradient is expensive (much data, many channels). */
export const FEW_GRADIENTS_PER_SECOND = 5000;
/** The slowest chain taking more than this many times the median chain's wall time: one chain held the fit up. */
export const SLOW_CHAIN_RATIO = 1.5;

// Model criticism (core/criticism): when a check of the fitted model calls for care or rules it out for planning.

/** Pareto k at or below this: the PSIS estimate of that observation is good (loo 2.5.1's first cut). */
export const PARETO_K_GOOD = 0.5;
/** Pareto k above this: the observation's leave-one-out estimate is unreliable (loo's "bad"; > 1 "very bad"). */
export const PARETO_K_BAD = 0.7;
/** Pareto k above this: the importance ratios have no finite mean (loo's "very bad"). */
export const PARETO_K_VERY_BAD = 1;
/**
 * LOO-PIT: the Kolmogorov-Smirnov distance of the PIT values from the uniform above PIT_KS_C / sqrt(N) (1.63: the
 * asymptotic 1% critical value) says the predictive distribution is miscalibrated.
 */
export const PIT_KS_C = 1.63;
/** LOO-PIT: mean PIT further than this from 0.5 reads as a bias (the model under- or over-predicts), else as a width problem. */
export const PIT_BIAS = 0.1;
/**
 * Residual autocorrelation (lags 1-4) larger than this in absolute value, and outside the white-noise band 1.96 / sqrt(N):
 * structure the model leaves unexplained (a missing driver, a baseline too stiff), so intervals are too narrow.
 */
export const RESIDUAL_ACF_WARN = 0.3;
/** Autocorrelation lags the criticism reports. */
export const RESIDUAL_ACF_LAGS = 4;
/** ROI contraction (1 - posterior var / prior var) below this: the channel's ROI comes from its prior, not the data. */
export const ROI_CONTRACTION_MIN = 0.1;
/** Prior draws the contraction's prior variance is estimated from (relative SE of a Normal's variance sqrt(2 / 1000) = 4.5%;
 *  more for a skewed prior, still far from moving a contraction across ROI_CONTRACTION_MIN). */
export const ROI_PRIOR_DRAWS = 1000;
/** Out-of-sample R² below this (worse than predicting the held-out mean): the model does not forecast. */
export const HOLDOUT_R2_MIN = 0;
/** More than this share of observations with Pareto k above PARETO_K_BAD: elpd_loo is not reported (it would be wrong). */
export const LOO_UNRELIABLE_SHARE = 0.5;
/**
 * Divergent transitions in more than this share of the kept draws rule a model out for planning; fewer call for care
 * (the sampler's findings call any divergence a problem: a few leave most of the posterior explored).
 */
export const DIVERGENCE_SHARE_STOP = 0.01;
