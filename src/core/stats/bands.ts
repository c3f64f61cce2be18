// Pointwise bands over draws x periods: sort each period's draws once, then any credible level is a cheap lookup.
import { centralTail } from './interval';
import { quantileSorted } from './quantile';

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

/** Pointwise central band at `level` (0.94 gives the 3% and 97% quantiles); throws unless 0 < level < 1. */
export function bandAt(cols: SortedColumns, level: number): Band {
  const tail = centralTail(level);
  return {
    lower: cols.sorted.map((c) => quantileSorted(c, tail)),
    upper: cols.sorted.map((c) => quantileSorted(c, 1 - tail)),
  };
}

/** Bands at several levels from the same sorted columns, e.g. nested 50% and 94% bands. */
export function bandsAt(cols: SortedColumns, levels: readonly number[]): Band[] {
  return levels.map((level) => bandAt(cols, level));
}

/** One quantile per period (e.g. the median line). */
export function quantileAt(cols: SortedColumns, p: number): number[] {
  return cols.sorted.map((c) => quantileSorted(c, p));
}

/** Pointwise mean and central band of a draws x periods matrix in one call (sorts, then reads one level). */
export function seriesInterval(series: ArrayLike<number>[], level = 0.94): { mean: number[]; lower: number[]; upper: number[] } {
  const cols = sortColumns(series);
  return { mean: cols.mean, ...bandAt(cols, level) };
}
