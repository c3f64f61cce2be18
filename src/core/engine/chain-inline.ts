// Runs one chain in a fresh WASM instance on the calling thread, in time-boxed slices: the driver every host uses.
import type { ChainProgress, ChainResult, FitConfig, ModelSetup, StatName } from './types';
import { STAT_NAMES } from './types';
import { instantiateWasm } from './wasm-load';
import { copyIn, copyOut } from './wasm-exports';
import { ADAPTATIONS, ADAPTATION_CODE } from './adaptation';
import { DEFAULT_ADAPTATION } from './defaults';

export interface ChainOptions {
  onProgress?: (p: ChainProgress) => void;
  isCancelled?: () => boolean;
  /** Await a macrotask between slices (lets a worker receive a cancel message). */
  yieldToEventLoop?: boolean;
}

/** Slices aim at this wall time so progress arrives well within every 100 ms. */
const TARGET_SLICE_MS = 30;
const MAX_SLICE = 1 << 16;

const INIT_ERRORS: Record<number, string> = {
  [-1]: 'no finite initial value after 100 tries (log density or gradient not finite at every uniform(-2, 2) init)',
  [-2]: 'no target selected before samplerInit',
  [-3]: 'unknown adaptation code',
};

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
/** Yields one macrotask: setImmediate in Node, a MessageChannel message in browsers (nested setTimeout(0)
 *  is clamped to 4 ms there, a 10%+ tax on 30 ms slices). Either lets queued messages (cancel) be handled. */
function macrotask(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(0);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function checkConfig(config: FitConfig, chain: number): void {
  const int = (name: 'warmup' | 'draws' | 'maxDepth', min: number) => {
    const v = config[name];
    if (!Number.isInteger(v) || v < min) throw new Error(`FitConfig.${name} must be an integer >= ${min}, got ${v}`);
  };
  int('warmup', 0);
  int('draws', 0);
  int('maxDepth', 1);
  if (!Number.isFinite(config.seed)) throw new Error(`FitConfig.seed must be a finite number, got ${config.seed}`);
  if (!(config.targetAccept > 0 && config.targetAccept < 1)) {
    throw new Error(`FitConfig.targetAccept must be in (0, 1), got ${config.targetAccept}`);
  }
  if (!Number.isInteger(chain) || chain < 0) throw new Error(`chain index must be an integer >= 0, got ${chain}`);
  if (config.adaptation !== undefined && !ADAPTATIONS.includes(config.adaptation)) {
    throw new Error(`FitConfig.adaptation must be one of ${ADAPTATIONS.join(', ')}, got ${String(config.adaptation)}`);
  }
}

export async function runChain(
  module: WebAssembly.Module,
  setup: ModelSetup,
  config: FitConfig,
  chain: number,
  opts: ChainOptions = {},
): Promise<ChainResult> {
  checkConfig(config, chain);
  const start = now();
  const w = await instantiateWasm(module);

  const data = setup.data ?? new Float64Array(0);
  const dataPtr = copyIn(w, data);
  const dim = w.setTarget(setup.target, dataPtr, data.length);
  if (dim < 0) throw new Error(`setTarget(${setup.target}) failed with code ${dim}: unknown target or invalid model data`);

  // Seeds are taken modulo 2^32 so any integer seed maps onto the u32 the sampler expects.
  const seed = Number(BigInt.asUintN(32, BigInt(Math.trunc(config.seed))));
  const adaptation = ADAPTATION_CODE[config.adaptation ?? DEFAULT_ADAPTATION];
  const rc = w.samplerInit(seed, chain, config.warmup, config.draws, config.targetAccept, config.maxDepth, adaptation);
  if (rc !== 0) throw new Error(`samplerInit failed for chain ${chain}: ${INIT_ERRORS[rc] ?? `code ${rc}`}`);

  const total = config.warmup + config.draws;
  let done = 0;
  let slice = 1;
  const progress = (finished: boolean): void => {
    opts.onProgress?.({
      chain,
      iteration: done,
      total,
      phase: done < config.warmup ? 'warmup' : 'sampling',
      divergences: w.samplerDivergences(),
      warmupDivergences: w.samplerWarmupDivergences(),
      done: finished,
    });
  };

  while (done < total) {
    if (opts.isCancelled?.()) break;
    const t0 = now();
    const before = done;
    done = w.samplerRun(slice);
    // samplerRun refuses to move from a non-finite start (e.g. bad samplerSetInit inits): fail, never spin.
    if (done === before) throw new Error(`chain ${chain} made no progress at iteration ${done}: no finite starting point`);
    const ms = now() - t0;
    // Resize the next slice toward TARGET_SLICE_MS from this slice's per-iteration cost.
    const perIter = ms / Math.max(1, done - before);
    const ideal = perIter > 0 ? TARGET_SLICE_MS / perIter : slice * 4;
    slice = Math.max(1, Math.min(MAX_SLICE, Math.round(Math.min(ideal, slice * 4))));
    if (done < total) progress(false);
    if (opts.yieldToEventLoop) await macrotask();
  }

  const completedDraws = Math.max(0, done - config.warmup);
  const draws = copyOut(w, w.samplerDrawsPtr(), completedDraws * dim);
  const statsPtr = w.samplerStatsPtr();
  const stats = {} as Record<StatName, Float64Array>;
  STAT_NAMES.forEach((name, k) => {
    stats[name] = copyOut(w, statsPtr + 8 * k * config.draws, completedDraws);
  });
  const result: ChainResult = {
    chain,
    dim,
    draws,
    stats,
    stepSize: w.samplerStepSize(),
    metric: copyOut(w, w.samplerMetricPtr(), dim),
    gradients: w.samplerGradients(),
    seconds: (now() - start) / 1000,
    completedDraws,
  };
  progress(true);
  return result;
}
