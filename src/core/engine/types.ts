// The engine's public shapes: what a host needs to run chains and what a chain returns.
import type { FitConfig } from '../model/spec';

/** Everything a worker needs to build the density: a target id (assembly/target-ids.ts) and, for the MMM, its packed data blob. */
export interface ModelSetup {
  target: number;
  data?: Float64Array;
}

export type Phase = 'warmup' | 'sampling';

export interface ChainProgress {
  chain: number;
  /** Iterations done so far, warmup included (0..total). */
  iteration: number;
  total: number;
  phase: Phase;
  /** Divergent transitions so far, warmup included; warmupDivergences of them happened during warmup. */
  divergences: number;
  /** Set by the engine's chains (optional only for progress made elsewhere, e.g. in tests). */
  warmupDivergences?: number;
  done: boolean;
}

export const STAT_NAMES = ['accept_stat', 'stepsize', 'treedepth', 'n_leapfrog', 'divergent', 'energy', 'lp'] as const;
export type StatName = (typeof STAT_NAMES)[number];

export interface ChainResult {
  chain: number;
  dim: number;
  /** completedDraws x dim, row-major, unconstrained scale. */
  draws: Float64Array;
  /** Each completedDraws long. */
  stats: Record<StatName, Float64Array>;
  /** Adapted step size and inverse metric diagonal. */
  stepSize: number;
  metric: Float64Array;
  /** Gradient evaluations, warmup included. */
  gradients: number;
  seconds: number;
  /** Sampling draws completed (== config.draws unless cancelled). */
  completedDraws: number;
}

export interface RunResult {
  chains: ChainResult[];
  seconds: number;
  cancelled: boolean;
}

export interface RunOptions {
  host: Host;
  onProgress?: (p: ChainProgress) => void;
  signal?: AbortSignal;
}

/** Where chains run: worker_threads (Node), Web Workers (browser) or the calling thread (tests). */
export interface Host {
  runChain(
    setup: ModelSetup,
    config: FitConfig,
    chain: number,
    onProgress: (p: ChainProgress) => void,
    signal?: AbortSignal,
  ): Promise<ChainResult>;
  close(): Promise<void> | void;
}

export type { FitConfig };
