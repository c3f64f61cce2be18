// PSIS-LOO with the definitions of the `loo` R package 2.5.1 (loo.matrix, pointwise_loo_calcs, mcse_elpd,
// table_of_estimates, psis_n_eff): expected log pointwise predictive density of each observation left out, estimated by
// Pareto smoothed importance sampling of the full posterior's draws, with its standard error, the effective number of
// parameters and a Pareto k per observation. Pinned to loo by test/criticism/loo-reference.test.ts.
import { logSumExp, normalQuantile } from '../stats';
import { normalizeLogWeights, psis } from './psis';

export interface LooEstimate {
  estimate: number;
  se: number;
}

export interface PsisLoo {
  elpd_loo: LooEstimate;
  p_loo: LooEstimate;
  looic: LooEstimate;
  /** Per observation. */
  pointwise: {
    elpd_loo: Float64Array;
    mcse_elpd_loo: Float64Array;
    p_loo: Float64Array;
    looic: Float64Array;
    pareto_k: Float64Array;
    /** PSIS effective sample size (loo's diagnostics$n_eff). */
    n_eff: Float64Array;
  };
  /** Normalised log weights, S x N row-major as the log-likelihood (for LOO-PIT and other expectations). */
  logWeights: Float64Array;
  r_eff: Float64Array;
  S: number;
  N: number;
}

/** Sum and SE = sqrt(N var(x)) (sample variance), loo's table_of_estimates. */
function estimate(x: Float64Array): LooEstimate {
  const n = x.length;
  let sum = 0;
  for (const v of x) sum += v;
  const m = sum / n;
  let ss = 0;
  for (const v of x) ss += (v - m) ** 2;
  return { estimate: sum, se: Math.sqrt((n * ss) / (n - 1)) };
}

/** loo's normal-approximation quantiles for mcse_elpd: qnorm((r - 3/8) / (S - 3/4 + 1)), r = 1..1000. */
const MCSE_Z = (() => {
  const S = 1000, c = 3 / 8;
  return Float64Array.from({ length: S }, (_, i) => normalQuantile((i + 1 - c) / (S - 2 * c + 1)));
})();

function sampleVariance(x: number[]): number {
  const n = x.length;
  let m = 0;
  for (const v of x) m += v;
  m /= n;
  let ss = 0;
  for (const v of x) ss += (v - m) ** 2;
  return ss / (n - 1);
}

/**
 * PSIS-LOO of an S x N log-likelihood matrix (row-major: draw s of observation i at s * N + i) with the relative
 * efficiency of each observation's draws (relativeEff; 1 for independent draws).
 */
export function psisLoo(logLik: Float64Array, S: number, N: number, rEff?: ArrayLike<number>): PsisLoo {
  if (!(S >= 2 && N >= 1) || logLik.length !== S * N) throw new Error(`log-likelihood: expected ${S} x ${N} values, got ${logLik.length}`);
  for (let j = 0; j < logLik.length; j++) {
    if (!Number.isFinite(logLik[j])) {
      throw new Error(`log-likelihood: draw ${Math.floor(j / N) + 1}, observation ${(j % N) + 1} is ${logLik[j]} (every value must be finite)`);
    }
  }
  const r = Float64Array.from({ length: N }, (_, i) => rEff?.[i] ?? 1);
  const elpd = new Float64Array(N), mcse = new Float64Array(N), pLoo = new Float64Array(N), looic = new Float64Array(N);
  const k = new Float64Array(N), nEff = new Float64Array(N);
  const lwAll = new Float64Array(S * N);
  const ll = new Float64Array(S), lr = new Float64Array(S), sum = new Float64Array(S);
  for (let i = 0; i < N; i++) {
    for (let s = 0; s < S; s++) { ll[s] = logLik[s * N + i]; lr[s] = -ll[s]; }
    const out = psis(lr, r[i]);
    const lw = normalizeLogWeights(out.logWeights);
    k[i] = out.k;
    for (let s = 0; s < S; s++) { sum[s] = ll[s] + lw[s]; lwAll[s * N + i] = lw[s]; }
    elpd[i] = logSumExp(sum);
    const lpd = logSumExp(ll) - Math.log(S);
    pLoo[i] = lpd - elpd[i];
    looic[i] = -2 * elpd[i];
    // mcse_elpd: the weighted variance of the likelihood, pushed through log by its normal approximation.
    const epd = Math.exp(elpd[i]);
    let varEpd = 0, w2sum = 0;
    for (let s = 0; s < S; s++) {
      const w2 = Math.exp(lw[s]) ** 2;
      varEpd += w2 * (Math.exp(ll[s]) - epd) ** 2;
      w2sum += w2;
    }
    const sd = Math.sqrt(varEpd);
    const logs: number[] = [];
    for (const z of MCSE_Z) {
      const v = epd + sd * z;
      if (v > 0) logs.push(Math.log(v));
    }
    mcse[i] = Math.sqrt(sampleVariance(logs) / r[i]);
    nEff[i] = (1 / w2sum) * r[i];
  }
  return {
    elpd_loo: estimate(elpd), p_loo: estimate(pLoo), looic: estimate(looic),
    pointwise: { elpd_loo: elpd, mcse_elpd_loo: mcse, p_loo: pLoo, looic, pareto_k: k, n_eff: nEff },
    logWeights: lwAll, r_eff: r, S, N,
  };
}
