// Tail probability of a scalar's draws, e.g. P(uplift > 0).

/** Share of the finite draws strictly above `threshold`; NaN when no draw is finite. */
export function probabilityAbove(values: ArrayLike<number>, threshold = 0): number {
  let n = 0, k = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) continue;
    n++;
    if (values[i] > threshold) k++;
  }
  return n ? k / n : NaN;
}
