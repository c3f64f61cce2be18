// Posterior draws out of a ModelJson, thinned once (thinIndices) into columns: one Float64Array per parameter.
import type { ModelJson } from '../fit/model-json';
import { thinIndices } from '../stats';

export interface DrawOptions {
  /** Use at most this many draws, evenly spaced over all chains (default: every draw). */
  maxDraws?: number;
}

/** The kept draws, chain-major, as columns: column(name)[d] is parameter `name` at kept draw d. */
export interface PosteriorDraws {
  names: string[];
  /** Draws kept. */
  n: number;
  /** (chain, draw) in model.draws of each kept draw. */
  positions: Array<[number, number]>;
  column(name: string): Float64Array;
  /** Every parameter at kept draw d as a name -> value record; fills and returns `into` when given (no allocation per draw). */
  record(d: number, into?: Record<string, number>): Record<string, number>;
}

/** Total number of draws stored (all chains). */
export function drawCount(model: ModelJson): number {
  const first = Object.values(model.draws)[0];
  if (!first) return 0;
  return first.reduce((n, chain) => n + chain.length, 0);
}

/** Flat (chain, draw) positions to use: every draw, or maxDraws evenly spaced ones (thinIndices, so figures do not flicker). */
export function drawPositions(model: ModelJson, opts: DrawOptions = {}): Array<[number, number]> {
  const first = Object.values(model.draws)[0] ?? [];
  const all: Array<[number, number]> = [];
  first.forEach((chain, c) => chain.forEach((_, d) => all.push([c, d])));
  return thinIndices(all.length, opts.maxDraws).map((i) => all[i]);
}

const caches = new WeakMap<ModelJson, Map<number, { sources: unknown[]; draws: PosteriorDraws }>>();

/** A cached entry is stale when the model's draws were replaced since (same parameters, same arrays). */
function fresh(model: ModelJson, names: string[], sources: unknown[]): boolean {
  const now = Object.keys(model.draws);
  return now.length === names.length && names.every((n, i) => model.draws[n] === sources[i]);
}

/** The thinned draws in columnar form, built once per model and number of kept draws. */
export function posteriorDraws(model: ModelJson, opts: DrawOptions = {}): PosteriorDraws {
  const positions = drawPositions(model, opts);
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new Map()));
  const hit = cache.get(positions.length);
  if (hit && fresh(model, hit.draws.names, hit.sources)) return hit.draws;
  const names = Object.keys(model.draws);
  const columns = new Map<string, Float64Array>();
  for (const name of names) {
    const chains = model.draws[name];
    columns.set(name, Float64Array.from(positions, ([c, d]) => chains[c][d]));
  }
  const draws: PosteriorDraws = {
    names,
    n: positions.length,
    positions,
    column(name) {
      const col = columns.get(name);
      if (!col) throw new Error(`the model has no draws of parameter "${name}"`);
      return col;
    },
    record(d, into = {}) {
      for (const [name, col] of columns) into[name] = col[d];
      return into;
    },
  };
  cache.set(positions.length, { sources: names.map((n) => model.draws[n]), draws });
  return draws;
}

/** One record per selected draw: every parameter's value (constrained, scaled space). */
export function drawRecords(model: ModelJson, opts: DrawOptions = {}): Array<Record<string, number>> {
  const draws = posteriorDraws(model, opts);
  return Array.from({ length: draws.n }, (_, d) => draws.record(d));
}
