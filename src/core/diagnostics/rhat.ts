// Split R-hat (Vehtari et al. 2021, posterior 1.4): max of rank-normalised bulk and folded-tail R-hat.
import { shouldReturnNaN, splitChains, type Chains } from './draws-matrix';
import { foldDraws, zScale } from './rank';
import { mean, variance } from '../stats';

/** Basic R-hat of the chains as given (posterior's .rhat). */
export function rhatRaw(chains: Chains): number {
  if (chains.length === 0 || shouldReturnNaN(chains)) return NaN;
  const n = chains[0].length;
  const means = chains.map((c) => mean(c));
  const varWithin = chains.reduce((acc, c) => acc + variance(c), 0) / chains.length;
  const varBetween = n * variance(means);
  return Math.sqrt((varBetween / varWithin + n - 1) / n);
}

export function rhatBasic(chains: Chains): number {
  return rhatRaw(splitChains(chains));
}

export function rhat(chains: Chains): number {
  if (shouldReturnNaN(chains)) return NaN;
  const bulk = rhatRaw(zScale(splitChains(chains)));
  const tail = rhatRaw(zScale(splitChains(foldDraws(chains))));
  return Math.max(bulk, tail);
}
