// Effective sample size as in posterior 1.4 (.ess): Geyer's initial positive then monotone sequence, capped tau.
import { autocovariance } from './autocovariance';
import { mapChains, shouldReturnNaN, splitChains, pooled, type Chains } from './draws-matrix';
import { zScale } from './rank';
import { mean, quantile, variance } from '../stats';

/** posterior's .ess on the chains as given (no splitting). NaN where posterior gives NA. */
export function essRaw(chains: Chains): number {
  const m = chains.length;
  const n = chains[0]?.length ?? 0;
  if (m === 0 || n < 3 || chains.some((c) => c.length !== n) || shouldReturnNaN(chains)) return NaN;
  const acovMeans = new Float64Array(n);
  const chainMeans = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const ac = autocovariance(chains[j]);
    for (let t = 0; t < n; t++) acovMeans[t] += ac[t] / m;
    chainMeans[j] = mean(chains[j]);
  }
  const meanVar = (acovMeans[0] * n) / (n - 1);
  let varPlus = (meanVar * (n - 1)) / n;
  if (m > 1) varPlus += variance(chainMeans);
  const rho = new Float64Array(n);
  let t = 0;
  let rhoEven = 1;
  rho[0] = rhoEven;
  let rhoOdd = 1 - (meanVar - acovMeans[1]) / varPlus;
  rho[1] = rhoOdd;
  while (t < n - 5 && !Number.isNaN(rhoEven + rhoOdd) && rhoEven + rhoOdd > 0) {
    t += 2;
    rhoEven = 1 - (meanVar - acovMeans[t]) / varPlus;
    rhoOdd = 1 - (meanVar - acovMeans[t + 1]) / varPlus;
    if (rhoEven + rhoOdd >= 0) {
      rho[t] = rhoEven;
      rho[t + 1] = rhoOdd;
    }
  }
  const maxT = t;
  if (rhoEven > 0) rho[maxT] = rhoEven;
  t = 0;
  while (t <= maxT - 4) {
    t += 2;
    if (rho[t] + rho[t + 1] > rho[t - 2] + rho[t - 1]) {
      rho[t] = (rho[t - 2] + rho[t - 1]) / 2;
      rho[t + 1] = rho[t];
    }
  }
  const total = m * n;
  // R's sum(rho_hat_t[1:max_t]) with max_t == 0 sums rho[0] (1:0 is c(1, 0)); mirror that quirk.
  let sum = 0;
  if (maxT === 0) sum = rho[0];
  else for (let i = 0; i < maxT; i++) sum += rho[i];
  let tau = -1 + 2 * sum + rho[maxT];
  tau = Math.max(tau, 1 / Math.log10(total));
  return total / tau;
}

/** Bulk-ESS: ESS of the rank-normalised split chains. */
export function essBulk(chains: Chains): number {
  if (shouldReturnNaN(chains)) return NaN;
  return essRaw(zScale(splitChains(chains)));
}

/** ESS of the split chains without rank normalisation (posterior's ess_basic / ess_mean). */
export function essBasic(chains: Chains): number {
  return essRaw(splitChains(chains));
}
export const essMean = essBasic;

/** ESS of the indicator x <= q_prob (posterior's ess_quantile). */
export function essQuantile(chains: Chains, prob: number): number {
  if (shouldReturnNaN(chains)) return NaN;
  const all = pooled(chains);
  const p = prob === 1 ? (all.length - 0.5) / all.length : prob;
  const q = quantile(all, p);
  return essRaw(splitChains(mapChains(chains, (v) => (v <= q ? 1 : 0))));
}

/** Tail-ESS: the smaller of the ESS of the 5% and 95% quantiles. */
export function essTail(chains: Chains): number {
  return Math.min(essQuantile(chains, 0.05), essQuantile(chains, 0.95));
}
