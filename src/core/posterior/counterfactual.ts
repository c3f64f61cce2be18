// The KPI change over the fitted window when one channel's spend series is replaced (carryover included), original units.
import { channelContribution, channelParams } from '../model/forward';
import type { ModelSpec } from '../model/spec';

/**
 * sum_t [mu_t(channel c's scaled spend = xNew) - mu_t(actual)] * kpiScale for one draw.
 * mu is additive over channels (docs/CONTRACTS.md), so replacing channel c's spend changes only channel c's
 * term: the difference of that term through the forward model's adstock and saturation is exactly the
 * difference of mu (test/posterior/roi.test.ts checks it against forwardModel on modified data). Evaluating
 * only that term keeps ROI and mROI over thousands of draws fast enough for the app.
 */
export function counterfactualDelta(
  spec: ModelSpec, values: Record<string, number>, c: number, xActual: ArrayLike<number>, xNew: ArrayLike<number>, kpiScale: number,
): number {
  const ch = spec.channels[c];
  const p = channelParams(spec, values, c);
  const actual = channelContribution(ch, xActual, p);
  const changed = channelContribution(ch, xNew, p);
  let s = 0;
  for (let t = 0; t < actual.length; t++) s += changed[t] - actual[t];
  return s * kpiScale;
}
