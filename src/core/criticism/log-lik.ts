// Pointwise log-likelihood per draw and period, from the one posterior pass's mu and the draws' sigma (and nu): the
// observation density the model's likelihood defines (assembly/mmm density; test/model/density-ts.ts), here with its
// normalising constants and in original KPI units (the scaled density less log(kpiScale)), so elpd is a log density
// of the KPI as the user measures it.
import type { ModelJson } from '../fit/model-json';
import { posteriorPass } from '../posterior';
import { lgamma } from '../stats';

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** log p(y | mu, sigma) of the Normal. */
export function normalLogDensity(y: number, mu: number, sigma: number): number {
  const r = (y - mu) / sigma;
  return -HALF_LOG_2PI - Math.log(sigma) - 0.5 * r * r;
}

/** log p(y | mu, sigma, nu) of the Student-t with location mu and scale sigma. */
export function studentTLogDensity(y: number, mu: number, sigma: number, nu: number): number {
  const r = (y - mu) / sigma;
  return lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * Math.log(nu * Math.PI) - Math.log(sigma) - ((nu + 1) / 2) * Math.log1p((r * r) / nu);
}

/** Which rows: 'fit' the fitted rows (for LOO), 'holdout' the held-out ones (out-of-sample predictive density). */
export type LogLikRows = 'fit' | 'holdout';

export interface PointwiseLogLik {
  /** S x N row-major: draw s, observation i at s * N + i. */
  values: Float64Array;
  S: number;
  N: number;
  /** Index in model.data of observation 0. */
  from: number;
  /** Chains the S draws come from, one after another with equal lengths (0 when they are not: then r_eff is 1). */
  chains: number;
}

/** Chains when the draws are every chain's draws in order and the chains have equal lengths, else 0. */
function equalChains(positions: Array<[number, number]>, model: ModelJson): number {
  const first = Object.values(model.draws)[0] ?? [];
  const n = first[0]?.length ?? 0;
  if (n === 0 || first.some((c) => c.length !== n) || positions.length !== n * first.length) return 0;
  return positions.every(([c, d], j) => c === Math.floor(j / n) && d === j % n) ? first.length : 0;
}

/** log p(y_t | draw) for every draw and every row of `rows`, in original KPI units; undefined when there are no such rows. */
export function pointwiseLogLik(model: ModelJson, rows: LogLikRows = 'fit'): PointwiseLogLik | undefined {
  const pass = posteriorPass(model);
  const [from, to] = rows === 'fit' ? [0, pass.nFit] : [pass.nFit, pass.T];
  const N = to - from, S = pass.n;
  if (N <= 0 || S === 0) return undefined;
  const k = model.scaling.kpi;
  const logK = Math.log(k);
  const sigma = pass.draws.column('sigma');
  const nu = model.spec.likelihood === 'student-t' ? pass.draws.column('nu') : undefined;
  const y = model.data.kpi;
  const values = new Float64Array(S * N);
  for (let s = 0; s < S; s++) {
    for (let i = 0; i < N; i++) {
      const t = from + i;
      // The density is defined on the scaled KPI (y / k); mu in the pass is in original units.
      const ys = y[t] / k, ms = pass.mu[s * pass.T + t] / k;
      values[s * N + i] = (nu ? studentTLogDensity(ys, ms, sigma[s], nu[s]) : normalLogDensity(ys, ms, sigma[s])) - logK;
    }
  }
  return { values, S, N, from, chains: equalChains(pass.draws.positions, model) };
}
