// log(sum(exp(x))) without overflow (matrixStats::logSumExp): -Infinity for an empty or all -Infinity input, NaN when any value is NaN.

export function logSumExp(x: ArrayLike<number>): number {
  let hi = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (Number.isNaN(v)) return NaN;
    if (v > hi) hi = v;
  }
  if (hi === -Infinity) return -Infinity;
  if (hi === Infinity) return Infinity;
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.exp(x[i] - hi);
  return hi + Math.log(s);
}
