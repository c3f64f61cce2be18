// Monte Carlo standard errors of the mean, sd and quantiles, as posterior 1.4 defines them.
import { pooled, mapChains, type Chains } from './draws-matrix';
import { essMean, essQuantile } from './ess';
import { betaQuantile, mean as meanOf, variance } from '../stats';

export function mcseMean(chains: Chains): number {
  return Math.sqrt(variance(pooled(chains))) / Math.sqrt(essMean(chains));
}

export function mcseSd(chains: Chains): number {
  const all = pooled(chains);
  const mean = meanOf(all);
  const centred = mapChains(chains, (v) => v - mean);
  const ess = essMean(mapChains(centred, (v) => v * v));
  let m2 = 0;
  let m4 = 0;
  for (const v of all) {
    const d = (v - mean) ** 2;
    m2 += d;
    m4 += d * d;
  }
  m2 /= all.length;
  m4 /= all.length;
  const varvar = (m4 - m2 * m2) / ess;
  return Math.sqrt(varvar / m2 / 4);
}

export function mcseQuantile(chains: Chains, prob: number): number {
  const ess = essQuantile(chains, prob);
  if (Number.isNaN(ess)) return NaN;
  const a1 = betaQuantile(0.1586553, ess * prob + 1, ess * (1 - prob) + 1);
  const a2 = betaQuantile(0.8413447, ess * prob + 1, ess * (1 - prob) + 1);
  const sorted = pooled(chains).sort();
  const s = sorted.length;
  const th1 = sorted[Math.max(Math.floor(a1 * s), 1) - 1];
  const th2 = sorted[Math.min(Math.ceil(a2 * s), s) - 1];
  return (th2 - th1) / 2;
}
