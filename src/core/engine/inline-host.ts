// Runs chains on the calling thread, interleaved between slices: tests and environments without workers.
import { runChain } from './chain-inline';
import { loadWasmModule } from './wasm-load';
import type { Host } from './types';

export function createInlineHost(): Host {
  let module: Promise<WebAssembly.Module> | undefined;
  return {
    async runChain(setup, config, chain, onProgress, signal) {
      module ??= loadWasmModule();
      return runChain(await module, setup, config, chain, {
        onProgress,
        isCancelled: () => signal?.aborted ?? false,
        // Lets the other chains, the abort signal and the UI run between slices.
        yieldToEventLoop: true,
      });
    },
    close() {},
  };
}
