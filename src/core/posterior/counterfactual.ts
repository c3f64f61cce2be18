// The KPI change over the fitted window when one channel's spend series is replaced (carryover included), original units.
import { forwardModel } from '../model/forward';
import type { ScaledData } from '../model/scale';
import type { ModelSpec } from '../model/spec';

/** sum_t [mu_t(channel c's scaled spend = xNew) - mu_t(actual data)] * kpiScale for one draw, through the full forward model. */
export function counterfactualDelta(
  spec: ModelSpec, scaled: ScaledData, values: Record<string, number>, c: number, xNew: Float64Array, kpiScale: number,
): number {
  const actual = forwardModel(spec, scaled, values).mu;
  const x = scaled.x.slice();
  x[c] = xNew;
  const changed = forwardModel(spec, { ...scaled, x }, values).mu;
  let s = 0;
  for (let t = 0; t < actual.length; t++) s += changed[t] - actual[t];
  return s * kpiScale;
}
