// The chain worker's API over an in-process message channel: arrays are transferred, cancel() stops the chain.
import { afterEach, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import { createChainWorkerApi, type ChainWorkerApi } from '../../workers/chain-worker';
import { loadWasmModule } from '../../src/core/engine/wasm-load';
import type { ChainProgress } from '../../src/core/engine/types';
import { SMALL, quickConfig } from './helpers';

let ports: MessagePort[] = [];
afterEach(() => ports.forEach((p) => p.close()));

/** The API exposed on one end of a channel, wrapped on the other; records what the worker side transfers. */
function connect(): { api: Comlink.Remote<ChainWorkerApi>; transferred: Transferable[][] } {
  const { port1, port2 } = new MessageChannel();
  ports = [port1, port2];
  const transferred: Transferable[][] = [];
  const post = port2.postMessage.bind(port2);
  port2.postMessage = ((message: unknown, transfer?: Transferable[]) => {
    transferred.push(transfer ?? []);
    post(message, transfer ?? []);
  }) as typeof port2.postMessage;
  Comlink.expose(createChainWorkerApi(), port2);
  return { api: Comlink.wrap<ChainWorkerApi>(port1), transferred };
}

it('transfers the draws, stats and metric buffers instead of copying them', async () => {
  const { api, transferred } = connect();
  const config = quickConfig({ chains: 1 });
  const r = await api.run(await loadWasmModule(), SMALL, config, 0, Comlink.proxy(() => undefined));
  expect(r.completedDraws).toBe(config.draws);
  const buffers = transferred.flat().filter((t) => t instanceof ArrayBuffer) as ArrayBuffer[];
  // draws + metric + 7 stats, each its own buffer, detached on the sending side (moved, not copied).
  expect(buffers).toHaveLength(9);
  expect(buffers.every((b) => b.byteLength === 0)).toBe(true);
  expect(r.draws.length).toBe(config.draws * r.dim);
});

it('delivers every progress event, the final done included, before the result', async () => {
  const { api } = connect();
  const events: ChainProgress[] = [];
  const config = quickConfig({ chains: 1 });
  await api.run(await loadWasmModule(), SMALL, config, 0, Comlink.proxy((p: ChainProgress) => void events.push(p)));
  expect(events.at(-1)).toMatchObject({ done: true, iteration: config.warmup + config.draws });
});

it('cancel() makes run() resolve with the draws so far', async () => {
  const { api } = connect();
  const config = quickConfig({ chains: 1, warmup: 100, draws: 200_000 });
  const onProgress = Comlink.proxy((p: ChainProgress) => {
    if (p.phase === 'sampling') void api.cancel();
  });
  const r = await api.run(await loadWasmModule(), SMALL, config, 0, onProgress);
  expect(r.completedDraws).toBeLessThan(config.draws);
  expect(r.draws.length).toBe(r.completedDraws * r.dim);
});
