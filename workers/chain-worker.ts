// The chain worker's API (one chain per worker): shared by the browser and Node worker entries.
import * as Comlink from 'comlink';
import { runChain } from '../src/core/engine/chain-inline';
import type { ChainProgress, ChainResult, FitConfig, ModelSetup } from '../src/core/engine/types';

export interface ChainWorkerApi {
  /** Runs one chain; `onProgress` is a comlink proxy back to the host. The result's arrays are transferred. */
  run(
    module: WebAssembly.Module,
    setup: ModelSetup,
    config: FitConfig,
    chain: number,
    onProgress: (p: ChainProgress) => unknown,
  ): Promise<ChainResult>;
  /** Asks the running chain to stop after its current slice; `run` then resolves with the draws so far. */
  cancel(): void;
}

export function createChainWorkerApi(): ChainWorkerApi {
  let cancelled = false;
  return {
    async run(module, setup, config, chain, onProgress) {
      // Reset before the first await: a cancel() posted after run() is handled after this line.
      cancelled = false;
      // Progress goes over its own port; awaiting the last delivery makes every event (the final
      // `done` included) reach the host before the result does.
      let delivered: Promise<unknown> = Promise.resolve();
      try {
        const result = await runChain(module, setup, config, chain, {
          onProgress: (p) => {
            delivered = Promise.resolve(onProgress(p)).catch(() => undefined);
          },
          isCancelled: () => cancelled,
          yieldToEventLoop: true,
        });
        await delivered;
        const [out, buffers] = detachable(result);
        return Comlink.transfer(out, buffers);
      } finally {
        releaseIfProxy(onProgress);
      }
    },
    cancel() {
      cancelled = true;
    },
  };
}

/** The result with every array owning its buffer outright (views into a larger buffer, e.g. WASM
 *  memory, are copied out) and the list of those buffers, to transfer rather than clone. */
function detachable(result: ChainResult): [ChainResult, ArrayBuffer[]] {
  const views: Float64Array[] = [result.draws, result.metric, ...Object.values(result.stats)];
  const covered = new Map<ArrayBufferLike, number>();
  for (const v of views) covered.set(v.buffer, (covered.get(v.buffer) ?? 0) + v.byteLength);
  const own = (v: Float64Array): Float64Array =>
    v.buffer instanceof ArrayBuffer && covered.get(v.buffer) === v.buffer.byteLength ? v : v.slice();
  const stats = Object.fromEntries(Object.entries(result.stats).map(([k, v]) => [k, own(v)])) as ChainResult['stats'];
  const out: ChainResult = { ...result, draws: own(result.draws), metric: own(result.metric), stats };
  const buffers = new Set<ArrayBuffer>();
  for (const v of [out.draws, out.metric, ...Object.values(out.stats)]) buffers.add(v.buffer as ArrayBuffer);
  return [out, [...buffers]];
}

/** Closes the progress proxy's port so neither side keeps it (and a Node event loop) alive. */
function releaseIfProxy(fn: unknown): void {
  const release = (fn as { [Comlink.releaseProxy]?: () => void })[Comlink.releaseProxy];
  if (typeof release === 'function') release();
}
