// The forward model in plain TS: adstock, saturation, channel contributions and mu (scaled space).
// The reference for the WASM gradient tests and what posterior quantities are computed with.
import type { ChannelSpec, ModelSpec } from './spec';
import type { ScaledData } from './scale';
import { fourierNames } from './params';

export interface ChannelParams {
  alpha: number;
  /** Delayed adstock peak lag (0 for geometric). */
  theta: number;
  /** lam (logistic, Michaelis-Menten) */
  lam: number;
  /** Hill half-saturation and slope. */
  kappa: number;
  slope: number;
  /** Maximum effect (scaled KPI units). */
  beta: number;
}

/** Normalised adstock weights for lags 0..lmax-1. */
export function adstockWeights(ch: ChannelSpec, alpha: number, theta = 0): Float64Array {
  const w = new Float64Array(ch.lmax);
  if (ch.adstock === 'geometric') {
    let pw = 1;
    for (let l = 0; l < ch.lmax; l++) { w[l] = pw; pw *= alpha; }
  } else {
    const la = Math.log(alpha);
    let m = -Infinity;
    for (let l = 0; l < ch.lmax; l++) m = Math.max(m, (l - theta) ** 2 * la);
    for (let l = 0; l < ch.lmax; l++) w[l] = Math.exp((l - theta) ** 2 * la - m);
  }
  let z = 0;
  for (let l = 0; l < ch.lmax; l++) z += w[l];
  for (let l = 0; l < ch.lmax; l++) w[l] /= z;
  return w;
}

export function adstock(ch: ChannelSpec, x: ArrayLike<number>, alpha: number, theta = 0): Float64Array {
  const w = adstockWeights(ch, alpha, theta);
  const out = new Float64Array(x.length);
  for (let t = 0; t < x.length; t++) {
    let acc = 0;
    for (let l = 0; l <= Math.min(ch.lmax - 1, t); l++) acc += w[l] * x[t - l];
    out[t] = acc;
  }
  return out;
}

/** The saturation curve with beta = 1 at adstocked spend a (scaled). */
export function saturationUnit(ch: ChannelSpec, p: ChannelParams, a: number): number {
  if (ch.saturation === 'logistic') {
    const e = Math.exp(-p.lam * a);
    return (1 - e) / (1 + e);
  }
  if (ch.saturation === 'hill') {
    if (a <= 0) return 0;
    const d = p.slope * (Math.log(a) - Math.log(p.kappa));
    if (d >= 0) return 1 / (1 + Math.exp(-d));
    const r = Math.exp(d);
    return r / (1 + r);
  }
  return a / (p.lam + a);
}

/** beta * saturation(a): the channel's effect (scaled KPI) at adstocked scaled spend a. */
export function saturationCurve(ch: ChannelSpec, p: ChannelParams, a: number): number {
  return p.beta * saturationUnit(ch, p, a);
}

/** Channel parameters from values keyed by parameter name (constrained; saturation_beta included). */
export function channelParams(spec: ModelSpec, values: Record<string, number>, c: number): ChannelParams {
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

/** mu, per-channel contributions and the baseline (intercept + trend + seasonality + controls) per period. */
export function forwardModel(spec: ModelSpec, scaled: ScaledData, values: Record<string, number>):
  { mu: Float64Array; channels: Float64Array[]; baseline: Float64Array } {
  const n = scaled.n;
  const baseline = new Float64Array(n);
  const f = fourierNames(spec.yearly);
  // Look the coefficients up once: building keys per period made this the posterior's bottleneck.
  const gammaControl = spec.controls.map((k) => values[`gamma_control[${k}]`]);
  const gammaFourier = f.map((name) => values[`gamma_fourier[${name}]`]);
  const span = scaled.trendSpan ?? n - 1;
  for (let t = 0; t < n; t++) {
    let b = values.intercept;
    if (spec.trend) b += values.trend * (span > 0 ? t / span : 0);
    for (let i = 0; i < gammaControl.length; i++) b += gammaControl[i] * scaled.z[i][t];
    for (let k = 1; k <= spec.yearly; k++) {
      const ang = (2 * Math.PI * k * scaled.dayOfYear[t]) / 365.25;
      b += gammaFourier[2 * k - 2] * Math.sin(ang) + gammaFourier[2 * k - 1] * Math.cos(ang);
    }
    baseline[t] = b;
  }
  const channels = spec.channels.map((ch, c) => channelContribution(ch, scaled.x[c], channelParams(spec, values, c)));
  const mu = Float64Array.from(baseline);
  for (const ch of channels) for (let t = 0; t < n; t++) mu[t] += ch[t];
  return { mu, channels, baseline };
}
