// The model's criticism in one call: PSIS-LOO over the fitted periods, LOO-PIT calibration, residual autocorrelation,
// each channel's ROI contraction, out-of-sample accuracy on a holdout, the sampler's findings, and the verdict.
import type { ModelJson } from '../fit/model-json';
import { runFindings } from '../diagnostics';
import type { Finding } from '../diagnostics/verdicts';
import { LOO_UNRELIABLE_SHARE, PARETO_K_BAD, PARETO_K_GOOD, PARETO_K_VERY_BAD } from '../diagnostics/thresholds';
import { posteriorHoldoutMetrics, posteriorPass, posteriorPredictive, type FitMetrics } from '../posterior';
import { logSumExp } from '../stats';
import { roiContraction, type RoiContraction } from './contraction';
import { pointwiseLogLik } from './log-lik';
import { psisLoo, type LooEstimate } from './loo';
import { looPit, pitCalibration, type PitCalibration } from './loo-pit';
import { relativeEff } from './relative-eff';
import { residualAcf, type ResidualAcf } from './residual-acf';
import { modelVerdict, type Verdict } from './verdict';

export interface ParetoKCounts {
  /** k <= 0.5, (0.5, 0.7], (0.7, 1], > 1 (loo's pareto_k_table cuts; a k that could not be fitted counts as > 1). */
  good: number;
  ok: number;
  bad: number;
  veryBad: number;
  max: number;
}

export interface LooSummary {
  /** Observations (fitted periods). */
  n: number;
  draws: number;
  /** elpd_loo, p_loo and looic with SEs; undefined when too many Pareto k are bad for them to mean anything. */
  elpd_loo?: LooEstimate;
  p_loo?: LooEstimate;
  looic?: LooEstimate;
  k: ParetoKCounts;
  /** Per fitted period: elpd_loo_i and Pareto k. */
  pointwiseElpd: Float64Array;
  paretoK: Float64Array;
  /** Dates of the periods with Pareto k above PARETO_K_BAD, worst first. */
  badPeriods: string[];
}

export interface HoldoutAccuracy {
  periods: number;
  /** R², MAPE, NRMSE of the posterior-mean prediction on the held-out periods. */
  atMean: FitMetrics;
  /** Log predictive density of the held-out KPI, summed over its periods (original units): sum_t log mean_s p(y_t | draw s). */
  lpd: number;
}

export interface ModelCriticism {
  loo: LooSummary;
  /** LOO-PIT of every fitted period and how far they are from uniform. */
  pit: Float64Array;
  calibration: PitCalibration;
  residualAcf: ResidualAcf;
  contraction: Record<string, RoiContraction>;
  holdout?: HoldoutAccuracy;
  /** The sampler's findings in words (core/diagnostics/verdicts' runFindings). */
  sampler: Finding[];
  /** Divergent transitions over kept draws. */
  divergenceShare: number;
  verdict: Verdict;
}

export interface CriticismOptions {
  /** Seed of the posterior predictive draws LOO-PIT compares against (default 1). */
  seed?: number;
  /** Prior draws for the ROI contraction (default ROI_PRIOR_DRAWS). */
  priorDraws?: number;
}

function kCounts(k: Float64Array): ParetoKCounts {
  const c: ParetoKCounts = { good: 0, ok: 0, bad: 0, veryBad: 0, max: -Infinity };
  for (const v of k) {
    if (v <= PARETO_K_GOOD) c.good++;
    else if (v <= PARETO_K_BAD) c.ok++;
    else if (v <= PARETO_K_VERY_BAD) c.bad++;
    else c.veryBad++;
    c.max = Math.max(c.max, v);
  }
  return c;
}

/** Every check of the fitted model, over all its draws (LOO needs the chains whole for r_eff). */
export function modelCriticism(model: ModelJson, opts: CriticismOptions = {}): ModelCriticism {
  const pass = posteriorPass(model);
  const ll = pointwiseLogLik(model, 'fit');
  if (!ll) throw new Error('model criticism: the model has no fitted periods or no draws');
  const { S, N } = ll;
  const rEff = ll.chains > 0 ? relativeEff(ll.values, S, N, ll.chains) : undefined;
  const loo = psisLoo(ll.values, S, N, rEff);
  const k = kCounts(loo.pointwise.pareto_k);
  const reliable = (k.bad + k.veryBad) / N <= LOO_UNRELIABLE_SHARE;
  const looSummary: LooSummary = {
    n: N, draws: S, k, pointwiseElpd: loo.pointwise.elpd_loo, paretoK: loo.pointwise.pareto_k,
    badPeriods: Array.from(loo.pointwise.pareto_k, (v, t) => [v, t] as const)
      .filter(([v]) => !(v <= PARETO_K_BAD)).sort((a, b) => b[0] - a[0]).map(([, t]) => model.data.dates[t]),
    ...(reliable ? { elpd_loo: loo.elpd_loo, p_loo: loo.p_loo, looic: loo.looic } : {}),
  };

  // LOO-PIT against seeded predictive draws of the fitted periods, weighted by the same PSIS weights.
  const rep = posteriorPredictive(model, { seed: opts.seed ?? 1, window: 'fit' });
  const yrep = new Float64Array(S * N);
  rep.forEach((row, s) => yrep.set(row.subarray(0, N), s * N));
  const y = model.data.kpi.slice(0, N);
  const pit = looPit(y, yrep, loo.logWeights, S, N);

  // Residuals of the posterior-mean fit over the fitted periods.
  const resid = new Float64Array(N);
  for (let t = 0; t < N; t++) {
    let m = 0;
    for (let s = 0; s < S; s++) m += pass.mu[s * pass.T + t];
    resid[t] = y[t] - m / S;
  }

  let holdout: HoldoutAccuracy | undefined;
  const held = pointwiseLogLik(model, 'holdout');
  const metrics = posteriorHoldoutMetrics(model);
  if (held && metrics) {
    let lpd = 0;
    const col = new Float64Array(held.S);
    for (let i = 0; i < held.N; i++) {
      for (let s = 0; s < held.S; s++) col[s] = held.values[s * held.N + i];
      lpd += logSumExp(col) - Math.log(held.S);
    }
    holdout = { periods: held.N, atMean: metrics.atMean, lpd };
  }

  const criticism: Omit<ModelCriticism, 'verdict'> = {
    loo: looSummary,
    pit,
    calibration: pitCalibration(pit),
    residualAcf: residualAcf(resid),
    contraction: roiContraction(model, { priorDraws: opts.priorDraws, seed: opts.seed }),
    holdout,
    sampler: runFindings(model.diagnostics, model.summary.parameters, model.fit, model.cancelled),
    divergenceShare: model.diagnostics.divergences / S,
  };
  return { ...criticism, verdict: modelVerdict(criticism) };
}
