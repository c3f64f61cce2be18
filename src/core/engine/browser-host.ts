// Runs chains on module Web Workers (the app); bundled by Vite, so nothing here may import node: modules.
import { loadWasmModule } from './wasm-load';
import { createWorkerHost, type WorkerHandle } from './worker-host';
import type { Host } from './types';

function spawnWebWorker(): WorkerHandle {
  // Vite recognises this exact `new Worker(new URL(..., import.meta.url))` form and bundles the worker.
  const worker = new Worker(new URL('../../../workers/chain-worker.browser.ts', import.meta.url), {
    type: 'module',
    name: 'marginal-chain',
  });
  const listeners: ((e: Error) => void)[] = [];
  const fail = (e: Error) => listeners.splice(0).forEach((l) => l(e));
  worker.addEventListener('error', (e) => {
    e.preventDefault();
    fail(new Error(`chain worker crashed: ${e.message || 'failed to load or threw'}`));
  });
  worker.addEventListener('messageerror', () => fail(new Error('chain worker sent a message that could not be read')));
  return {
    endpoint: worker,
    onFailure: (l) => void listeners.push(l),
    terminate: () => worker.terminate(),
  };
}

/** A host that runs each chain on its own Web Worker (reused across runs; close() terminates them). */
export function createBrowserHost(): Host {
  return createWorkerHost(spawnWebWorker, loadWasmModule);
}
