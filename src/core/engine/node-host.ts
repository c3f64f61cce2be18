// Runs chains on Node worker_threads (the CLI, benchmarks, tests); never imported by browser code.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { loadWasmModule } from './wasm-load';
import { createWorkerHost, type WorkerHandle } from './worker-host';
import type { Host } from './types';

const entry = new URL('../../../workers/chain-worker.node.ts', import.meta.url);
/** Plain JS that registers tsx in the worker, then imports the TypeScript entry. (A worker's execArgv
 *  `--import tsx` does not install tsx's hooks in the worker on Node 20.) */
const tsxBootstrap = new URL('../../../workers/chain-worker.node-boot.mjs', import.meta.url);

/** How a worker gets its TypeScript: 'bundle' (default) compiles the worker once per process with esbuild
 *  (tsx's own compiler) into one script, so each worker starts like plain JS (~40 ms instead of ~360 ms
 *  with tsx in every worker); 'tsx' registers tsx inside each worker (the fallback when esbuild is missing). */
export type WorkerLoader = 'bundle' | 'tsx';

let bundled: string | null | undefined;

/** The worker as one CommonJS script, or null if esbuild is unavailable. Built once per process. */
function bundledWorker(): string | null {
  if (bundled !== undefined) return bundled;
  try {
    const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    const out = esbuild.buildSync({
      entryPoints: [fileURLToPath(entry)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      // import.meta.url is only used by loadWasmModule, which workers never call (they receive the module).
      logLevel: 'silent',
    });
    bundled = out.outputFiles[0].text;
  } catch {
    bundled = null;
  }
  return bundled;
}

function spawnNodeWorker(loader: WorkerLoader): WorkerHandle {
  const code = loader === 'bundle' ? bundledWorker() : null;
  const worker = code
    ? new Worker(code, { eval: true, name: 'marginal-chain' })
    : new Worker(tsxBootstrap, { name: 'marginal-chain' });
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
export function createNodeHost(options: { loader?: WorkerLoader } = {}): Host {
  const loader = options.loader ?? 'bundle';
  return createWorkerHost(() => spawnNodeWorker(loader), loadWasmModule);
}
