// Shared fixtures for the engine tests: a small target, a quick config and progress bookkeeping.
import type { ChainProgress, ChainResult, FitConfig, ModelSetup } from '../../src/core/engine/types';
import { TARGET_CORRELATED } from '../../src/core/engine/targets';

/** The 2-d correlated Gaussian: cheap per gradient. */
export const SMALL: ModelSetup = { target: TARGET_CORRELATED };

export function quickConfig(over: Partial<FitConfig> = {}): FitConfig {
  return { chains: 4, warmup: 150, draws: 100, seed: 20261123, targetAccept: 0.8, maxDepth: 10, ...over };
}

/** Progress events grouped by chain, in arrival order. */
export function progressLog(): { events: Map<number, ChainProgress[]>; onProgress: (p: ChainProgress) => void } {
  const events = new Map<number, ChainProgress[]>();
  return {
    events,
    onProgress: (p) => {
      if (!events.has(p.chain)) events.set(p.chain, []);
      events.get(p.chain)!.push({ ...p });
    },
  };
}

/** Every byte a chain produced that the seed determines (timing excluded). */
export function chainBytes(c: ChainResult): string {
  const parts = [c.draws, c.metric, ...Object.keys(c.stats).sort().map((k) => c.stats[k as keyof ChainResult['stats']])];
  const hex = parts.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex'));
  return [c.chain, c.dim, c.completedDraws, c.gradients, c.stepSize, ...hex].join('|');
}
