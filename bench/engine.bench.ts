// Chain hosts: worker startup overhead, and parallel speedup of 4 chains on worker_threads vs 1 chain and vs inline.
import { Worker } from 'node:worker_threads';
import { availableParallelism, loadavg } from 'node:os';
import { createNodeHost, type WorkerLoader } from '../src/core/engine/node-host';
import { createInlineHost } from '../src/core/engine/inline-host';
import { runChains } from '../src/core/engine/run-chains';
import { DEFAULT_FIT_CONFIG } from '../src/core/engine/defaults';
import type { FitConfig, Host } from '../src/core/engine/types';

const TARGET = { target: 1 }; // ill-scaled Gaussian d=100: long enough per chain to dwarf messaging
const TINY: FitConfig = { ...DEFAULT_FIT_CONFIG, chains: 1, warmup: 1, draws: 1 };
const FIT: FitConfig = { ...DEFAULT_FIT_CONFIG, warmup: 1000, draws: 5000 };
const REPS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => Math.round(x);

async function plainWorkerMs(): Promise<number> {
  const t = performance.now();
  const w = new Worker('require("node:worker_threads").parentPort.postMessage(1)', { eval: true });
  await new Promise((r) => w.once('message', r));
  const dt = performance.now() - t;
  await w.terminate();
  return dt;
}

/** First (spawning) and second (reusing) run of a 2-iteration chain per worker. */
async function chainWorkerStartup(n: number, loader: WorkerLoader): Promise<{ cold: number; warm: number }> {
  const host = createNodeHost({ loader });
  let t = performance.now();
  await runChains(TARGET, { ...TINY, chains: n }, { host });
  const cold = performance.now() - t;
  t = performance.now();
  await runChains(TARGET, { ...TINY, chains: n }, { host });
  const warm = performance.now() - t;
  await host.close();
  return { cold, warm };
}

/** Median wall seconds, and process CPU seconds per wall second (all threads: how many cores we got). */
async function seconds(host: Host, chains: number): Promise<{ wall: number; cores: number }> {
  const times = [];
  const cores = [];
  for (let i = 0; i < REPS; i++) {
    const cpu = process.cpuUsage();
    const wall = (await runChains(TARGET, { ...FIT, chains }, { host })).seconds;
    const used = process.cpuUsage(cpu);
    times.push(wall);
    cores.push((used.user + used.system) / 1e6 / wall);
  }
  return { wall: median(times), cores: median(cores) };
}

export default async function bench(): Promise<void> {
  const plain = [];
  for (let i = 0; i < 3; i++) plain.push(await plainWorkerMs());
  // The first bundle-loader host also pays the one-off esbuild bundle of the worker.
  const rows = [{ what: 'bare worker_threads Worker (no tsx), ms', value: ms(median(plain)) }];
  for (const loader of ['bundle', 'tsx'] as const) {
    const one = await chainWorkerStartup(1, loader);
    const four = await chainWorkerStartup(4, loader);
    rows.push(
      { what: `${loader} loader, 1 chain: first run (spawn + load + WASM instance), ms`, value: ms(one.cold) },
      { what: `${loader} loader, 1 chain: reused worker, ms`, value: ms(one.warm) },
      { what: `${loader} loader, 4 chains: first run, ms`, value: ms(four.cold) },
      { what: `${loader} loader, 4 chains: reused workers, ms`, value: ms(four.warm) },
    );
  }
  console.log(`cores: ${availableParallelism()}`);
  console.table(rows);

  const host = createNodeHost();
  await runChains(TARGET, { ...TINY, chains: 4 }, { host }); // spawn the 4 workers outside the timings
  const w1 = await seconds(host, 1);
  const w4 = await seconds(host, 4);
  await host.close();
  const i4 = await seconds(createInlineHost(), 4);
  console.table([
    { run: `1 chain, worker (${FIT.warmup}+${FIT.draws})`, seconds: +w1.wall.toFixed(2), 'cores used': +w1.cores.toFixed(2) },
    { run: '4 chains, 4 workers', seconds: +w4.wall.toFixed(2), 'cores used': +w4.cores.toFixed(2) },
    { run: '4 chains, inline (one thread)', seconds: +i4.wall.toFixed(2), 'cores used': +i4.cores.toFixed(2) },
  ]);
  console.log(
    `parallel speedup, 4 chains vs 1 (4 x t1 / t4): ${((4 * w1.wall) / w4.wall).toFixed(2)}x; ` +
      `4 workers vs inline: ${(i4.wall / w4.wall).toFixed(2)}x (median of ${REPS}; load average ${loadavg()[0].toFixed(1)})`,
  );
}
