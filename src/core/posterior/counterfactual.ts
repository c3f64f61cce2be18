// The KPI change over the fitted window when one channel's spend series is replaced (carryover included), scaled units.
// mu is additive over channels (docs/CONTRACTS.md), so replacing channel c's spend changes only channel c's term:
// the change of that term through the forward model's adstock and saturation is exactly the change of mu
// (test/posterior/pass.test.ts checks it against forwardModel on modified data).
import { channelContribution, saturationCurve, type ChannelParams, type ChannelSpec } from '../model';

/** sum_t [term_c(xNew) - actual_t] over the periods of xNew, given channel c's actual term (scaled KPI). */
export function counterfactualDelta(ch: ChannelSpec, p: ChannelParams, actual: ArrayLike<number>, xNew: ArrayLike<number>): number {
  const changed = channelContribution(ch, xNew, p);
  let s = 0;
  for (let t = 0; t < changed.length; t++) s += changed[t] - actual[t];
  return s;
}

/** The same with channel c's spend zeroed over the first n periods: adstock of no spend is 0 in every period,
 *  so the changed term is the saturation curve at 0 throughout (0 for every curve the model has). */
export function zeroSpendDelta(ch: ChannelSpec, p: ChannelParams, actual: ArrayLike<number>, n: number): number {
  const atZero = saturationCurve(ch, p, 0);
  let s = 0;
  for (let t = 0; t < n; t++) s += atZero - actual[t];
  return s;
}
