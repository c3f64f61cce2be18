// Risk functionals over posterior draws as weights on the sorted draws (L-statistics), so the
// objective stays a weighted sum the autodiff can differentiate (a subgradient where draws tie).

/**
 * Smoothed lower quantile: Gaussian weights over ranks centred at p*n with the sd of the p-th order
 * statistic's rank (sqrt(n p (1-p))), a normal approximation of Harrell-Davis. Smooth weights keep
 * the gradient from jumping when two draws swap ranks, which projected gradient needs.
 */
export function quantileRankWeights(n: number, p: number): Float64Array {
  const w = new Float64Array(n);
  if (n === 1) { w[0] = 1; return w; }
  const centre = p * n;
  const h = Math.max(Math.sqrt(n * p * (1 - p)), 0.5);
  let z = 0;
  for (let i = 0; i < n; i++) { w[i] = Math.exp(-0.5 * ((i + 0.5 - centre) / h) ** 2); z += w[i]; }
  for (let i = 0; i < n; i++) w[i] /= z;
  return w;
}

/** CVaR: mean of the worst alpha fraction of n draws (a fractional weight on the boundary draw). */
export function cvarRankWeights(n: number, alpha: number): Float64Array {
  const w = new Float64Array(n);
  const k = Math.max(alpha * n, 1);
  const whole = Math.floor(k);
  for (let i = 0; i < Math.min(whole, n); i++) w[i] = 1 / k;
  if (whole < n && k > whole) w[whole] = (k - whole) / k;
  return w;
}

/** Weights per draw (in draw order) given the rank weights and the draws' values (ascending ranks). */
export function drawWeights(values: ArrayLike<number>, rankWeights: Float64Array): Float32Array {
  const order = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[a] - values[b]);
  const w = new Float32Array(values.length);
  order.forEach((d, r) => { w[d] = rankWeights[r]; });
  return w;
}

/** The same functionals on plain numbers, for reporting. */
export function weightedSorted(values: ArrayLike<number>, rankWeights: Float64Array): number {
  const s = Float64Array.from(values).sort();
  let acc = 0;
  for (let i = 0; i < s.length; i++) acc += s[i] * rankWeights[i];
  return acc;
}
