// Turns the engine's per-chain unconstrained draws into model.json's draws[name][chain][draw] and per-draw sampler stats.
import { STAT_NAMES, type ChainResult } from '../engine/types';
import type { SamplerStats } from './model-json';

/** `constrain(q)` returns every reported value (derived ones included) in `names` order. */
export function collectDraws(
  names: string[],
  chains: ChainResult[],
  constrain: (q: Float64Array) => ArrayLike<number>,
): Record<string, number[][]> {
  const draws: Record<string, number[][]> = {};
  for (const n of names) draws[n] = chains.map(() => []);
  chains.forEach((chain, c) => {
    for (let d = 0; d < chain.completedDraws; d++) {
      const values = constrain(chain.draws.subarray(d * chain.dim, (d + 1) * chain.dim));
      if (values.length !== names.length) throw new Error(`constrain returned ${values.length} values for ${names.length} names`);
      for (let i = 0; i < names.length; i++) draws[names[i]][c].push(values[i]);
    }
  });
  return draws;
}

export function collectSamplerStats(chains: ChainResult[]): SamplerStats {
  const stats = {} as SamplerStats;
  for (const s of STAT_NAMES) stats[s] = chains.map((ch) => Array.from(ch.stats[s].subarray(0, ch.completedDraws)));
  return stats;
}
