// The true media effect of spend, built from the model's own component functions (adstock, saturation),
// plus the one piece of structure the model lacks here: a synergy eta x sat_a(t) x sat_b(t) between two channels.
import { channelContribution, channelUnitContribution } from '../../model';
import type { RecoveryTruth, TrueChannel } from './types';

export interface MediaEffect {
  /** Each channel's own term per period (KPI units). */
  own: Record<string, Float64Array>;
  /** The synergy term per period (zeros without one). */
  synergy: Float64Array;
}

const scaled = (ch: TrueChannel, spend: ArrayLike<number>) => Float64Array.from(spend as ArrayLike<number>, (v) => v / ch.ref);

/** Own terms and synergy per period for spend series keyed by channel name (original units, all the same length). */
export function mediaEffect(truth: Pick<RecoveryTruth, 'channels' | 'synergy'>, spend: Record<string, ArrayLike<number>>): MediaEffect {
  const own: Record<string, Float64Array> = {};
  let T = 0;
  for (const ch of truth.channels) {
    own[ch.spec.name] = channelContribution(ch.spec, scaled(ch, spend[ch.spec.name]), ch.params);
    T = own[ch.spec.name].length;
  }
  const synergy = new Float64Array(T);
  const syn = truth.synergy;
  if (syn) {
    const unit = (name: string) => {
      const ch = truth.channels.find((c) => c.spec.name === name)!;
      return channelUnitContribution(ch.spec, scaled(ch, spend[name]), ch.params);
    };
    const ua = unit(syn.a), ub = unit(syn.b);
    for (let t = 0; t < T; t++) synergy[t] = syn.eta * ua[t] * ub[t];
  }
  return { own, synergy };
}

/** Total media KPI per period: own terms plus synergy. */
export function mediaTotal(effect: MediaEffect): Float64Array {
  const out = Float64Array.from(effect.synergy);
  for (const v of Object.values(effect.own)) for (let t = 0; t < out.length; t++) out[t] += v[t];
  return out;
}
