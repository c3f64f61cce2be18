// Exact projection onto {x : sum x = b, lo <= x <= hi}, optionally in a diagonal metric:
// argmin sum_i w_i (x_i - y_i)^2 is x_i(tau) = clip(y_i - tau / w_i, lo_i, hi_i) for the tau where the
// sum equals b. The sum is piecewise linear and non-increasing in tau, so sorting its breakpoints
// and interpolating on the right segment finds tau exactly (no bisection tolerance).

export function projectBudget(y: ArrayLike<number>, lo: ArrayLike<number>, hi: ArrayLike<number>, b: number,
  w?: ArrayLike<number>): Float64Array {
  const n = y.length;
  let sLo = 0, sHi = 0;
  for (let i = 0; i < n; i++) {
    if (!(lo[i] <= hi[i])) throw new Error(`projection: bound ${i} has min ${lo[i]} above max ${hi[i]}`);
    sLo += lo[i]; sHi += hi[i];
  }
  const tol = 1e-12 * Math.max(1, Math.abs(b), Math.abs(sLo), Math.abs(sHi));
  if (b < sLo - tol || b > sHi + tol) throw new Error(`projection: budget ${b} outside [${sLo}, ${sHi}]`);
  if (b <= sLo) return Float64Array.from(lo);
  if (b >= sHi) return Float64Array.from(hi);
  const wt = (i: number) => (w ? w[i] : 1);
  // breakpoints: x_i leaves hi at tau = w(y - hi) and reaches lo at tau = w(y - lo)
  const bps: number[] = [];
  for (let i = 0; i < n; i++) if (lo[i] < hi[i]) bps.push(wt(i) * (y[i] - hi[i]), wt(i) * (y[i] - lo[i]));
  bps.sort((a, b2) => a - b2);
  const sumAt = (tau: number) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += Math.min(hi[i], Math.max(lo[i], y[i] - tau / wt(i)));
    return s;
  };
  // find consecutive breakpoints with sumAt(left) >= b >= sumAt(right); sum is linear between them
  let left = 0, right = bps.length - 1;
  while (right - left > 1) {
    const mid = (left + right) >> 1;
    if (sumAt(bps[mid]) >= b) left = mid; else right = mid;
  }
  const tl = bps[left], tr = bps[right];
  const sl = sumAt(tl), sr = sumAt(tr);
  const tau = sl === sr ? tl : tl + ((sl - b) * (tr - tl)) / (sl - sr);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = Math.min(hi[i], Math.max(lo[i], y[i] - tau / wt(i)));
  return x;
}
