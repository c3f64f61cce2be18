// Runs all chains of a fit in parallel on a host and gathers them: progress, cancellation, first error wins.
import { checkFitConfig } from './check-config';
import type { ChainProgress, ChainResult, FitConfig, ModelSetup, RunOptions, RunResult } from './types';

/** Runs `config.chains` chains at once (one per worker on the worker hosts). An abort returns what every
 *  chain has with `cancelled: true`; a failing chain cancels the others and rejects naming the chain. */
export async function runChains(setup: ModelSetup, config: FitConfig, options: RunOptions): Promise<RunResult> {
  checkFitConfig(config);
  const { host, onProgress, signal } = options;
  const started = performance.now();
  // Our own controller: the caller's signal and a failing chain both stop every chain.
  const stop = new AbortController();
  const relay = () => stop.abort();
  if (signal?.aborted) stop.abort();
  signal?.addEventListener('abort', relay);
  let failure: { chain: number; error: unknown } | undefined;
  const fail = (chain: number, error: unknown) => {
    failure ??= { chain, error };
    stop.abort();
  };
  // A throwing progress callback fails the run the same way on every host (a worker would swallow it).
  const report = (p: ChainProgress) => {
    try {
      onProgress?.(p);
    } catch (error) {
      fail(p.chain, new Error(`onProgress threw: ${error instanceof Error ? error.message : String(error)}`, { cause: error }));
    }
  };
  const runs = Array.from({ length: config.chains }, (_, chain) =>
    // Async wrapper: a host that throws synchronously still fails only its chain.
    (async () => host.runChain(setup, config, chain, report, stop.signal))().catch((error: unknown) => {
      fail(chain, error);
      throw error;
    }),
  );
  try {
    // Wait for every chain, also after a failure, so no worker is still busy when we return.
    const settled = await Promise.allSettled(runs);
    if (failure) {
      const msg = failure.error instanceof Error ? failure.error.message : String(failure.error);
      throw new Error(`chain ${failure.chain} failed: ${msg}`, { cause: failure.error });
    }
    const chains = settled.map((s) => (s as PromiseFulfilledResult<ChainResult>).value);
    const cancelled = stop.signal.aborted || chains.some((c) => c.completedDraws < config.draws);
    return { chains, seconds: (performance.now() - started) / 1000, cancelled };
  } finally {
    signal?.removeEventListener('abort', relay);
  }
}
