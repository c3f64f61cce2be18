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
