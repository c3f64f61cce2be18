// Picks posterior draws out of a ModelJson as plain name -> value records, thinned so the app stays interactive.
import type { ModelJson } from '../fit/model-json';

export interface DrawOptions {
  /** Use at most this many draws, evenly spaced over all chains (default: every draw). */
  maxDraws?: number;
}

/** Total number of draws stored (all chains). */
export function drawCount(model: ModelJson): number {
  const first = Object.values(model.draws)[0];
  if (!first) return 0;
  return first.reduce((n, chain) => n + chain.length, 0);
}

/** Flat (chain, draw) positions to use: every draw, or maxDraws evenly spaced ones (deterministic, so figures do not flicker). */
export function drawPositions(model: ModelJson, opts: DrawOptions = {}): Array<[number, number]> {
  const first = Object.values(model.draws)[0] ?? [];
  const all: Array<[number, number]> = [];
  first.forEach((chain, c) => chain.forEach((_, d) => all.push([c, d])));
  const max = opts.maxDraws;
  if (max === undefined || max >= all.length || max <= 0) return all;
  const out: Array<[number, number]> = [];
  const step = all.length / max;
  for (let i = 0; i < max; i++) out.push(all[Math.floor(i * step)]);
  return out;
}

/** One record per selected draw: every parameter's value (constrained, scaled space). */
export function drawRecords(model: ModelJson, opts: DrawOptions = {}): Array<Record<string, number>> {
  const names = Object.keys(model.draws);
  return drawPositions(model, opts).map(([c, d]) => {
    const rec: Record<string, number> = {};
    for (const n of names) rec[n] = model.draws[n][c][d];
    return rec;
  });
}
