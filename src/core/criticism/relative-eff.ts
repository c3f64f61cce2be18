// Relative efficiency of each observation's likelihood draws, as loo's relative_eff(exp(log_lik), chain_id): the ESS of
// exp(log-likelihood) over the chains (Geyer's initial monotone sequence on the unsplit chains, loo's ess_rfun, which is
// posterior's .ess: src/core/diagnostics essRaw) divided by the number of draws.
import { essRaw } from '../diagnostics';

/**
 * r_eff per observation of an S x N log-likelihood matrix (row-major, draw s of observation i at s * N + i) whose
 * draws are `chains` equal-length chains one after another. ESS is invariant to scaling, so each column is taken as
 * exp(ll - max ll), which cannot underflow to a constant the way exp(ll) can. An observation whose likelihood does not
 * vary (ESS undefined) gets r_eff = 1, loo's default.
 */
export function relativeEff(logLik: Float64Array, S: number, N: number, chains: number): Float64Array {
  const n = S / chains;
  if (!Number.isInteger(n) || n < 3) return new Float64Array(N).fill(1);
  const out = new Float64Array(N);
  const cols = Array.from({ length: chains }, () => new Float64Array(n));
  for (let i = 0; i < N; i++) {
    let max = -Infinity;
    for (let s = 0; s < S; s++) max = Math.max(max, logLik[s * N + i]);
    for (let c = 0; c < chains; c++) for (let t = 0; t < n; t++) cols[c][t] = Math.exp(logLik[(c * n + t) * N + i] - max);
    const r = essRaw(cols) / S;
    out[i] = Number.isFinite(r) && r > 0 ? r : 1;
  }
  return out;
}
