// A media channel's contribution: beta * saturation(adstock(spend)), in scaled KPI units.
import type { ChannelSpec, ModelSpec } from '../spec';
import { adstock } from './adstock';
import { saturationUnit, type SaturationParams } from './saturation';

export interface ChannelParams extends SaturationParams {
  alpha: number;
  /** Delayed adstock peak lag (0 for geometric). */
  theta: number;
  /** Maximum effect (scaled KPI units). */
  beta: number;
}

/** Channel parameters from values keyed by parameter name (constrained; saturation_beta included). */
export function channelParams(spec: Pick<ModelSpec, 'channels'>, values: Record<string, number>, c: number): ChannelParams {
  const ch = spec.channels[c];
  const get = (key: string, dflt: number) => values[`${key}[${ch.name}]`] ?? dflt;
  return {
    alpha: get('adstock_alpha', NaN),
    theta: ch.adstock === 'delayed' ? get('adstock_theta', NaN) : 0,
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
