// Runs chains on Node worker_threads (the CLI, benchmarks, tests); never imported by browser code.
import { Worker } from 'node:worker_threads';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { loadWasmModule } from './wasm-load';
import { createWorkerHost, type WorkerHandle } from './worker-host';
import type { Host } from './types';

/** Plain JS, so Node can start it without a loader; it registers tsx and imports workers/chain-worker.node.ts.
 *  Works under plain tsx (the CLI) and under vitest alike. */
const bootstrap = new URL('../../../workers/chain-worker.node-boot.mjs', import.meta.url);

function spawnNodeWorker(): WorkerHandle {
  const worker = new Worker(bootstrap, { name: 'marginal-chain' });
  let exiting = false;
  const listeners: ((e: Error) => void)[] = [];
  const fail = (e: Error) => listeners.splice(0).forEach((l) => l(e));
  worker.on('error', (e) => fail(new Error(`chain worker crashed: ${e instanceof Error ? e.message : String(e)}`, { cause: e })));
  worker.on('exit', (code) => {
    if (!exiting) fail(new Error(`chain worker exited unexpectedly (code ${code})`));
  });
  return {
    endpoint: nodeEndpoint(worker),
    onFailure: (l) => void listeners.push(l),
    // An idle worker must not keep the CLI alive if the caller forgets close().
    setBusy: (busy) => (busy ? worker.ref() : worker.unref()),
    terminate: () => {
      exiting = true;
      return worker.terminate();
    },
  };
}

/** A host that runs each chain on its own worker thread (workers are reused across runs; call close() to end them). */
export function createNodeHost(): Host {
  return createWorkerHost(spawnNodeWorker, loadWasmModule);
}
