// Quantile bands from per-draw arrays: sort each column once, then any credible level is a cheap lookup.
import { sortedQuantile } from '../../core/posterior/interval';

export interface Band { lower: number[]; upper: number[] }

/** Per-period draws, each column sorted once (draws x periods in, periods of sorted draws out). */
export interface SortedColumns {
  sorted: Float64Array[];
  mean: number[];
  draws: number;
}

/** Sort every column of a draws x periods matrix; the expensive step, done once per dataset. */
export function sortColumns(perDraw: ArrayLike<number>[]): SortedColumns {
  const D = perDraw.length;
  const T = D ? perDraw[0].length : 0;
  const sorted: Float64Array[] = [];
  const mean: number[] = [];
  for (let t = 0; t < T; t++) {
    const col = new Float64Array(D);
    let s = 0;
    for (let d = 0; d < D; d++) { col[d] = perDraw[d][t]; s += col[d]; }
    col.sort();
    sorted.push(col);
    mean.push(D ? s / D : NaN);
  }
  return { sorted, mean, draws: D };
}

function checkLevel(level: number): void {
  if (!(level > 0 && level < 1)) throw new Error(`credible level must be between 0 and 1, got ${level}`);
}

/** Pointwise central band at `level` (0.94 gives the 3% and 97% quantiles). */
export function bandAt(cols: SortedColumns, level: number): Band {
  checkLevel(level);
  const tail = (1 - level) / 2;
  return {
    lower: cols.sorted.map((c) => sortedQuantile(c, tail)),
    upper: cols.sorted.map((c) => sortedQuantile(c, 1 - tail)),
  };
}

/** One quantile per period (e.g. the median line). */
export function quantileAt(cols: SortedColumns, p: number): number[] {
  return cols.sorted.map((c) => sortedQuantile(c, p));
}

/** A scalar's draws, sorted once. */
export interface SortedScalar { sorted: Float64Array; mean: number }

export function sortScalar(values: ArrayLike<number>): SortedScalar {
  const sorted = Float64Array.from(values).sort();
  let s = 0;
  for (let i = 0; i < sorted.length; i++) s += sorted[i];
  return { sorted, mean: sorted.length ? s / sorted.length : NaN };
}

export interface ScalarInterval { mean: number; median: number; lower: number; upper: number }

/** Central interval of a sorted scalar at `level`. */
export function scalarInterval(s: SortedScalar, level: number): ScalarInterval {
  checkLevel(level);
  const tail = (1 - level) / 2;
  return {
    mean: s.mean,
    median: sortedQuantile(s.sorted, 0.5),
    lower: sortedQuantile(s.sorted, tail),
    upper: sortedQuantile(s.sorted, 1 - tail),
  };
}
