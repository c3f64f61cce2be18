// Rank plot numbers: ranks of every draw over all chains, histogrammed per chain; mixed chains give flat histograms.
import { averageRanks } from './rank';

export interface RankHistogram {
  /** Draws of this chain whose pooled rank falls in each of the equal-width rank bins. */
  counts: number[];
  /** The count per bin if the chain's ranks were uniform (perfect mixing). */
  expected: number;
}

export interface RankPlot {
  bins: number;
  chains: RankHistogram[];
  /** The largest count over chains and bins, at least 1 (a shared y scale). */
  maxCount: number;
}

/** Per-chain histograms of pooled ranks (ties averaged) in `bins` equal bins of rank / total. */
export function rankPlot(draws: ArrayLike<number>[], bins = 20): RankPlot {
  const flat: number[] = [];
  for (const c of draws) for (let i = 0; i < c.length; i++) flat.push(c[i]);
  const ranks = averageRanks(flat);
  const total = ranks.length;
  let k = 0;
  let maxCount = 1;
  const chains = draws.map((chain) => {
    const counts = new Array<number>(bins).fill(0);
    for (let i = 0; i < chain.length; i++, k++) counts[Math.min(bins - 1, Math.floor(((ranks[k] - 1) / total) * bins))]++;
    for (const n of counts) if (n > maxCount) maxCount = n;
    return { counts, expected: chain.length / bins };
  });
  return { bins, chains, maxCount };
}
