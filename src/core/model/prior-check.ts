// A prior predictive check in two numbers: how much of the actual KPI the band holds and how wide it is next to the data.
import { bandAt, centralTail, quantileAt, sortColumns } from '../stats';

export interface PriorCheck {
  /** Share of periods whose actual KPI lies in the central `level` band of the prior predictive draws. */
  coverage: number;
  /** Mean band width over the actual KPI's range (max - min): ~1 is on scale, >> 1 vague, << 1 overconfident. */
  widthRatio: number;
  /** Mean of the per-period medians over the mean actual KPI: far from 1 means the priors are centred off the data. */
  centreRatio: number;
}

export function priorCheck(draws: ArrayLike<number>[], actual: ArrayLike<number>, level = 0.94): PriorCheck {
  centralTail(level);
  const T = actual.length;
  if (!draws.length || T === 0) throw new Error('priorCheck needs at least one draw and one period');
  draws.forEach((d, i) => { if (d.length !== T) throw new Error(`draw ${i} has ${d.length} periods, expected ${T}`); });
  const cols = sortColumns(draws);
  const band = bandAt(cols, level);
  const medians = quantileAt(cols, 0.5);
  let inside = 0, width = 0, median = 0, lo = Infinity, hi = -Infinity, mean = 0;
  for (let t = 0; t < T; t++) {
    const a = band.lower[t], b = band.upper[t], y = actual[t];
    if (y >= a && y <= b) inside++;
    width += b - a;
    median += medians[t];
    lo = Math.min(lo, y); hi = Math.max(hi, y); mean += y;
  }
  const range = hi - lo;
  return {
    coverage: inside / T,
    widthRatio: range > 0 ? width / T / range : Infinity,
    centreRatio: mean !== 0 ? median / mean : NaN,
  };
}
