// The worker pool's failure paths, with fake workers: a dying worker or a closed host rejects, never hangs.
import { afterEach, expect, it } from 'vitest';
import { createWorkerHost, type WorkerHandle } from '../../src/core/engine/worker-host';
import { runChains } from '../../src/core/engine/run-chains';
import { SMALL, quickConfig } from './helpers';

// The smallest valid module: the pool only posts it, the fake workers never read it.
const emptyModule = () => WebAssembly.compile(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));

/** A worker that accepts calls and never answers, like one stuck or dead; `fail` simulates a crash. */
function silentWorker(): WorkerHandle & { fail(e: Error): void; terminated: boolean } {
  const { port1, port2 } = new MessageChannel();
  const listeners: ((e: Error) => void)[] = [];
  const handle = {
    endpoint: port1,
    onFailure: (l: (e: Error) => void) => void listeners.push(l),
    fail: (e: Error) => listeners.forEach((l) => l(e)),
    terminated: false,
    terminate: () => {
      handle.terminated = true;
      port1.close();
      port2.close();
    },
  };
  return handle;
}

let spawned: ReturnType<typeof silentWorker>[] = [];
afterEach(() => spawned.forEach((w) => w.terminate()));
const spawn = () => {
  const w = silentWorker();
  spawned.push(w);
  return w;
};

it('a worker crash rejects its chain naming it, and terminates that worker', async () => {
  spawned = [];
  const host = createWorkerHost(spawn, emptyModule);
  const run = runChains(SMALL, quickConfig({ chains: 2 }), { host });
  await new Promise((r) => setTimeout(r, 20));
  expect(spawned).toHaveLength(2);
  spawned[1].fail(new Error('chain worker crashed: out of memory'));
  // Chain 0 never answers either; close() ends it so runChains can settle.
  setTimeout(() => host.close(), 20);
  await expect(run).rejects.toThrow('chain 1 failed: chain worker crashed: out of memory');
  expect(spawned.every((w) => w.terminated)).toBe(true);
});

it('closing the host rejects running chains instead of leaving them pending', async () => {
  spawned = [];
  const host = createWorkerHost(spawn, emptyModule);
  const run = runChains(SMALL, quickConfig({ chains: 1 }), { host });
  await new Promise((r) => setTimeout(r, 20));
  host.close();
  await expect(run).rejects.toThrow(/chain 0 failed: .*closed/);
});

it('a module that fails to load rejects clearly and is retried on the next run', async () => {
  spawned = [];
  let attempts = 0;
  const host = createWorkerHost(spawn, async () => {
    attempts++;
    throw new Error('build/marginal.wasm not found: run npm run build:wasm');
  });
  await expect(runChains(SMALL, quickConfig({ chains: 2 }), { host })).rejects.toThrow(/chain [01] failed: build\/marginal.wasm not found/);
  await expect(runChains(SMALL, quickConfig({ chains: 1 }), { host })).rejects.toThrow(/not found/);
  expect(attempts).toBe(2);
  host.close();
});
