// A Host over a pool of chain workers (one chain per worker at a time), whatever spawns them: Node or browser.
import * as Comlink from 'comlink';
import type { ChainWorkerApi } from '../../../workers/chain-worker';
import type { ChainProgress, ChainResult, FitConfig, Host, ModelSetup } from './types';

/** One spawned worker as the pool sees it; the Node and browser hosts supply these. */
export interface WorkerHandle {
  endpoint: Comlink.Endpoint;
  /** Called once if the worker dies (uncaught error, unexpected exit): its pending call will never answer. */
  onFailure(listener: (error: Error) => void): void;
  /** Optional: whether the worker should keep the process alive (Node: ref while busy, unref while idle). */
  setBusy?(busy: boolean): void;
  terminate(): unknown;
}

interface Slot {
  handle: WorkerHandle;
  api: Comlink.Remote<ChainWorkerApi>;
  /** Rejects when the worker dies or the host closes. */
  dead: Promise<never>;
  kill(error: Error): void;
  alive: boolean;
}

export function createWorkerHost(spawn: () => WorkerHandle, loadModule: () => Promise<WebAssembly.Module>): Host {
  // Compiled once, posted to every worker (a WebAssembly.Module is structured-cloneable).
  let module: Promise<WebAssembly.Module> | undefined;
  const idle: Slot[] = [];
  const slots = new Set<Slot>();
  let closed = false;

  function newSlot(): Slot {
    const handle = spawn();
    let reject!: (e: Error) => void;
    const dead = new Promise<never>((_, r) => (reject = r));
    dead.catch(() => undefined);
    const slot: Slot = {
      handle,
      api: Comlink.wrap<ChainWorkerApi>(handle.endpoint),
      dead,
      alive: true,
      kill(error) {
        if (!slot.alive) return;
        slot.alive = false;
        slots.delete(slot);
        const i = idle.indexOf(slot);
        if (i >= 0) idle.splice(i, 1);
        reject(error);
        if (!closed) handle.terminate();
      },
    };
    handle.onFailure((error) => slot.kill(error));
    slots.add(slot);
    return slot;
  }

  async function runChain(
    setup: ModelSetup,
    config: FitConfig,
    chain: number,
    onProgress: (p: ChainProgress) => void,
    signal?: AbortSignal,
  ): Promise<ChainResult> {
    if (closed) throw new Error('chain host is closed');
    // A failed load (e.g. the WASM not built yet) is retried by the next run rather than cached.
    module ??= loadModule().catch((e: unknown) => {
      module = undefined;
      throw e;
    });
    const compiled = await module;
    if (closed) throw new Error('chain host is closed');
    const slot = idle.pop() ?? newSlot();
    slot.handle.setBusy?.(true);
    // Events that arrive after the result (a late port) would be out of order: drop them.
    let finished = false;
    const forward = Comlink.proxy((p: ChainProgress) => {
      if (!finished) onProgress(p);
    });
    const cancel = () => void slot.api.cancel().catch(() => undefined);
    signal?.addEventListener('abort', cancel);
    try {
      const running = slot.api.run(compiled, setup, config, chain, forward);
      // Posted after run(), so the worker sees it once the chain has started.
      if (signal?.aborted) cancel();
      return await Promise.race([running, slot.dead]);
    } finally {
      finished = true;
      signal?.removeEventListener('abort', cancel);
      if (slot.alive && !closed) {
        slot.handle.setBusy?.(false);
        idle.push(slot);
      }
    }
  }

  /** Terminates every worker; resolves once they are gone. Running chains reject. */
  async function close(): Promise<void> {
    closed = true;
    const ending = [...slots].map((slot) => slot.handle.terminate());
    for (const slot of [...slots]) slot.kill(new Error('chain host was closed while a chain was running'));
    await Promise.allSettled(ending);
  }

  return { runChain, close };
}
