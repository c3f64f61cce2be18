// Shared fixtures for the sampler tests: the compiled module, a config builder and per-parameter chain columns.
import { loadWasmModule, instantiateWasm } from '../../src/core/engine/wasm-load';
import type { WasmExports } from '../../src/core/engine/wasm-exports';
import { runChain } from '../../src/core/engine/chain-inline';
import type { ChainResult, FitConfig, ModelSetup } from '../../src/core/engine/types';
import { mcseMean } from '../../src/core/diagnostics';

export const TARGETS = { illScaled: 1, correlated: 2, funnel: 3, eightSchools: 4, halfPlane: 5, nowhere: 6 } as const;

export function config(over: Partial<FitConfig> = {}): FitConfig {
  return { chains: 1, warmup: 1000, draws: 1000, seed: 20261123, targetAccept: 0.8, maxDepth: 10, ...over };
}

export async function chains(setup: ModelSetup, cfg: FitConfig): Promise<ChainResult[]> {
  const module = await loadWasmModule();
  const out: ChainResult[] = [];
  for (let c = 0; c < cfg.chains; c++) out.push(await runChain(module, setup, cfg, c));
  return out;
}

/** Draws of parameter j, one Float64Array per chain (optionally transformed). */
export function column(results: ChainResult[], j: number, f: (x: number) => number = (x) => x): Float64Array[] {
  return results.map((r) => {
    const out = new Float64Array(r.completedDraws);
    for (let i = 0; i < r.completedDraws; i++) out[i] = f(r.draws[i * r.dim + j]);
    return out;
  });
}

export function pooledMean(cs: Float64Array[]): number {
  let s = 0;
  let n = 0;
  for (const c of cs) for (const v of c) (s += v), n++;
  return s / n;
}

/** Monte Carlo standard error of the mean: sd / sqrt(ESS) with posterior's ess_mean (diagnostics module). */
export const mcse = (cs: Float64Array[]): number => mcseMean(cs);

/** A fresh instance with a target selected, for the unit tests of sampler parts. */
export async function instance(target: number = TARGETS.correlated): Promise<WasmExports> {
  const w = await instantiateWasm(await loadWasmModule());
  w.setTarget(target, 0, 0);
  return w;
}
