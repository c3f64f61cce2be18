// HMC-specific checks over sampler statistics: E-BFMI per chain, divergences, tree-depth saturation.
import { variance } from '../stats';

/** E-BFMI of one chain's energies, as rstan's get_bfmi: mean squared energy change over the energy variance. */
export function ebfmi(energy: ArrayLike<number>): number {
  const n = energy.length;
  if (n < 2) return NaN;
  let num = 0;
  for (let i = 1; i < n; i++) num += (energy[i] - energy[i - 1]) ** 2;
  num /= n;
  return num / variance(energy);
}

export function countDivergences(divergentPerChain: ArrayLike<number>[]): number {
  let k = 0;
  for (const c of divergentPerChain) for (let i = 0; i < c.length; i++) if (c[i] > 0) k++;
  return k;
}

export function countTreedepthSaturated(treedepthPerChain: ArrayLike<number>[], maxDepth: number): number {
  let k = 0;
  for (const c of treedepthPerChain) for (let i = 0; i < c.length; i++) if (c[i] >= maxDepth) k++;
  return k;
}
