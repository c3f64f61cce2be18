// The forward model in plain TS (scaled space): mu = baseline + sum of channel contributions, composed
// from the components in ./components. What posterior quantities, the simulator, the prior
// predictive and the optimizer's projected baseline are computed with; the reference the WASM
// density is tested against.
import type { ModelSpec } from './spec';
import type { ScaledData } from './scale';
import { fourierNames } from './params';
import { interceptTrend } from './components/baseline';
import { flexAt, flexKnots } from './components/baseline-flex';
import { controlsAt } from './components/controls';
import { seasonalityAt } from './components/seasonality';
import { channelParams, channelUnitContribution } from './components/channel';
import { synergyPairs, synergyParamName, synergyTerm } from './components/synergy';

/** What the forward model reads from a spec. */
export type ForwardSpec = Pick<ModelSpec, 'channels' | 'controls' | 'trend' | 'yearly' | 'baseline' | 'synergy'>;

/** The baseline's coefficients for one draw (trend 0 when the model has none). */
export interface BaselineCoefs {
  intercept: number;
  trend: number;
  /** gamma_control in spec.controls order. */
  controls: Float64Array;
  /** gamma_fourier in fourierNames(yearly) order. */
  fourier: Float64Array;
  yearly: number;
  /** The flexible baseline's knot values and spacing (components/baseline-flex.ts), when the spec has one. */
  flex?: { z: Float64Array; every: number };
}

/** The baseline's coefficients from values keyed by parameter name; `span` (fitted periods - 1) sizes a flexible baseline's grid. */
export function baselineCoefs(spec: ForwardSpec, values: Record<string, number>, span = 0): BaselineCoefs {
  return {
    flex: flexKnots(spec, values, span),
    intercept: values.intercept,
    trend: spec.trend ? values.trend : 0,
    controls: Float64Array.from(spec.controls, (k) => values[`gamma_control[${k}]`]),
    fourier: Float64Array.from(fourierNames(spec.yearly), (name) => values[`gamma_fourier[${name}]`]),
    yearly: spec.yearly,
  };
}

/** The baseline (intercept + trend + flexible part + controls + seasonality) at period t; z and dayOfYear as in ScaledData. */
export function baselineAt(b: BaselineCoefs, z: ArrayLike<number>[], dayOfYear: ArrayLike<number>, span: number, t: number): number {
  const flex = b.flex ? flexAt(b.flex.z, t, span, b.flex.every) : 0;
  return interceptTrend(b.intercept, b.trend, t, span) + flex + controlsAt(b.controls, z, t) + seasonalityAt(b.fourier, b.yearly, dayOfYear[t]);
}

/**
 * mu, per-channel contributions, the baseline (intercept + trend + seasonality + controls) and each synergy pair's term
 * (spec.synergy order) per period; `units` are the channels' saturation at beta = 1 (contribution = beta x unit).
 */
export function forwardModel(spec: ForwardSpec, scaled: ScaledData, values: Record<string, number>):
  { mu: Float64Array; channels: Float64Array[]; baseline: Float64Array; synergy: Float64Array[]; units: Float64Array[] } {
  const n = scaled.n;
  const baseline = new Float64Array(n);
  // Look the coefficients up once: building keys per period made this the posterior's bottleneck.
  const span = scaled.trendSpan ?? n - 1;
  const coefs = baselineCoefs(spec, values, span);
  for (let t = 0; t < n; t++) baseline[t] = baselineAt(coefs, scaled.z, scaled.dayOfYear, span, t);
  const units: Float64Array[] = [];
  const channels = spec.channels.map((ch, c) => {
    const p = channelParams(spec, values, c);
    const u = channelUnitContribution(ch, scaled.x[c], p);
    units.push(u);
    return u.map((v) => p.beta * v);
  });
  const synergy = synergyPairs(spec).map((p) => synergyTerm(values[synergyParamName(p)], units[p.ia], units[p.ib]));
  const mu = Float64Array.from(baseline);
  for (const ch of channels) for (let t = 0; t < n; t++) mu[t] += ch[t];
  for (const sy of synergy) for (let t = 0; t < n; t++) mu[t] += sy[t];
  return { mu, channels, baseline, synergy, units };
}
