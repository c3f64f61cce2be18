// Mean, sample variance (n - 1) and standard deviation of per-draw values.

/** Arithmetic mean, summed in the given order; NaN for no values. */
export function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return values.length ? s / values.length : NaN;
}

/** Sample variance with the n - 1 denominator (R's var); NaN for fewer than two values. */
export function variance(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return NaN;
  const m = mean(values);
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - m) ** 2;
  return ss / (n - 1);
}

/** Sample standard deviation (n - 1, R's sd); NaN for fewer than two values. */
export function sd(values: ArrayLike<number>): number {
  return Math.sqrt(variance(values));
}
