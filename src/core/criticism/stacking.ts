// Stacking weights of predictive distributions (Yao, Vehtari, Simpson, Gelman 2018), the objective of
// loo::loo_model_weights(method = "stacking"): the weights w on the simplex maximising
// sum_i log sum_k w_k exp(elpd_loo_ik), from each model's pointwise elpd_loo. The objective is concave in w; it is
// maximised by the EM fixed point for mixture weights of fixed components (each step raises it; the maximum is global),
// run to a tolerance far below loo's (constrOptim, relative 1e-8 on the objective).

export interface StackingOptions {
  /** Stop when no weight moves more than this in a step (default 1e-12). */
  tolerance?: number;
  maxIterations?: number;
}

/** sum_i log sum_k w_k exp(lpd[k][i]), computed stably. */
export function stackingObjective(lpd: ArrayLike<number>[], w: ArrayLike<number>): number {
  const N = lpd[0].length;
  let sum = 0;
  for (let i = 0; i < N; i++) {
    let hi = -Infinity;
    for (let k = 0; k < lpd.length; k++) hi = Math.max(hi, lpd[k][i]);
    let s = 0;
    for (let k = 0; k < lpd.length; k++) s += w[k] * Math.exp(lpd[k][i] - hi);
    sum += hi + Math.log(s);
  }
  return sum;
}

/** Stacking weights of K >= 2 models from their pointwise elpd_loo (lpd[k][i]: model k, observation i). */
export function stackingWeights(lpd: ArrayLike<number>[], opts: StackingOptions = {}): Float64Array {
  const K = lpd.length;
  if (K < 2) throw new Error(`stacking: at least two models are needed, got ${K}`);
  const N = lpd[0].length;
  lpd.forEach((m, k) => {
    if (m.length !== N) throw new Error(`stacking: model ${k + 1} has ${m.length} pointwise elpd values, model 1 has ${N}`);
    for (let i = 0; i < N; i++) if (!Number.isFinite(m[i])) throw new Error(`stacking: model ${k + 1}, observation ${i + 1}: elpd is ${m[i]}`);
  });
  // Each observation's predictive densities scaled by their largest (the weights' optimum does not change).
  const p = Array.from({ length: K }, () => new Float64Array(N));
  for (let i = 0; i < N; i++) {
    let hi = -Infinity;
    for (let k = 0; k < K; k++) hi = Math.max(hi, lpd[k][i]);
    for (let k = 0; k < K; k++) p[k][i] = Math.exp(lpd[k][i] - hi);
  }
  const tol = opts.tolerance ?? 1e-12;
  const maxIt = opts.maxIterations ?? 100_000;
  let w = new Float64Array(K).fill(1 / K);
  for (let it = 0; it < maxIt; it++) {
    const next = new Float64Array(K);
    for (let i = 0; i < N; i++) {
      let mix = 0;
      for (let k = 0; k < K; k++) mix += w[k] * p[k][i];
      for (let k = 0; k < K; k++) next[k] += (w[k] * p[k][i]) / mix / N;
    }
    let moved = 0;
    for (let k = 0; k < K; k++) moved = Math.max(moved, Math.abs(next[k] - w[k]));
    w = next;
    if (moved < tol) break;
  }
  return w;
}
