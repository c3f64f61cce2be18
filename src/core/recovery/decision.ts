// The decision: the product's recommended plan (current total, each channel 50%-150% of current, and every other
// optimizer setting at the product's default, the trust region included) scored under the TRUE response: the share
// of the true optimal gain it captures, next to the stated P(uplift > 0). The true optimum it is measured against
// keeps the 50%-150% box only: what the trust region gives up counts against the plan.
import type { RecoveryDataset } from '../data/recovery';
import { trueResponse } from '../data/recovery';
import type { ModelJson } from '../fit/model-json';
import { optimizeBudget } from '../optimizer';
import { trueOptimum } from './true-optimum';

export interface DecisionScore {
  horizon: number;
  current: Record<string, number>;
  recommended: Record<string, number>;
  trueOptimal: Record<string, number>;
  /** True media KPI gain over the current plan (horizon + carryover tail). */
  trueGain: number;
  trueOptimalGain: number;
  /** trueGain / trueOptimalGain (NaN when the current plan is already truly optimal). */
  gainCaptured: number;
  trulyGains: boolean;
  /** What the product states. */
  pUpliftPositive: number;
  statedUplift: number;
}

export const MAX_CHANGE = 0.5;

export async function decisionScore(model: ModelJson, ds: RecoveryDataset, seed = 1): Promise<DecisionScore> {
  const plan = await optimizeBudget(model, { maxChange: MAX_CHANGE, seed });
  const names = plan.channels;
  const tail = Math.max(...ds.truth.channels.map((c) => c.spec.lmax)) - 1;
  const response = trueResponse(ds.truth, { history: ds.spend, horizon: plan.horizon, tail });
  const cur = names.map((n) => plan.current[n]);
  const problem = {
    names,
    lo: cur.map((c) => c * (1 - MAX_CHANGE)),
    hi: cur.map((c) => c * (1 + MAX_CHANGE)),
    total: cur.reduce((a, b) => a + b, 0),
  };
  const rec = names.map((n) => Math.min(problem.hi[names.indexOf(n)], Math.max(problem.lo[names.indexOf(n)], plan.allocation[n])));
  const opt = trueOptimum(response, problem, [cur, rec]);
  const r0 = response(plan.current);
  const r1 = response(plan.allocation);
  const gain = r1 - r0, optGain = opt.value - r0;
  return {
    horizon: plan.horizon,
    current: plan.current,
    recommended: plan.allocation,
    trueOptimal: opt.plan,
    trueGain: gain,
    trueOptimalGain: optGain,
    gainCaptured: optGain > 1e-9 * Math.abs(r0) ? gain / optGain : NaN,
    trulyGains: gain > 0,
    pUpliftPositive: plan.p_uplift_positive,
    statedUplift: plan.uplift.mean,
  };
}
