// A media channel's contribution: beta * saturation(adstock(spend)), in scaled KPI units.
import type { ChannelSpec, ModelSpec } from '../spec';
import { adstock, ADSTOCK_PARAMS } from './adstock';
import { saturationUnit, type SaturationParams } from './saturation';

export interface ChannelParams extends SaturationParams {
  /** The adstock's first parameter: alpha (geometric, delayed) or the Weibull scale lam. */
  alpha: number;
  /** The adstock's second parameter: the delayed peak lag theta or the Weibull shape k (0 for geometric). */
  theta: number;
  /** Maximum effect (scaled KPI units). */
  beta: number;
}

/** Channel parameters from values keyed by parameter name (constrained; saturation_beta included). */
export function channelParams(spec: Pick<ModelSpec, 'channels'>, values: Record<string, number>, c: number): ChannelParams {
  const ch = spec.channels[c];
  const get = (key: string, dflt: number) => values[`${key}[${ch.name}]`] ?? dflt;
  const [first, second] = ADSTOCK_PARAMS[ch.adstock];
  return {
    alpha: get(first, NaN),
    theta: second ? get(second, NaN) : 0,
    lam: ch.saturation === 'hill' ? NaN : get('saturation_lam', NaN),
    kappa: ch.saturation === 'hill' ? get('saturation_kappa', NaN) : NaN,
    slope: ch.saturation === 'hill' ? get('saturation_slope', NaN) : NaN,
    beta: get('saturation_beta', NaN),
  };
}

/** Saturation with beta = 1 of the adstocked spend, per period. */
export function channelUnitContribution(ch: ChannelSpec, x: ArrayLike<number>, p: ChannelParams): Float64Array {
  const a = adstock(ch, x, p.alpha, p.theta);
  return a.map((v) => saturationUnit(ch, p, v));
}

/** Contribution per period in scaled KPI units: beta * saturation(adstock(x)). */
export function channelContribution(ch: ChannelSpec, x: ArrayLike<number>, p: ChannelParams): Float64Array {
  return channelUnitContribution(ch, x, p).map((v) => p.beta * v);
}
