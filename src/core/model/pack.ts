// Packs a spec and dataset into the flat f64 blob the WASM density parses (assembly/mmm/blob.ts) and
// the Layout that names the parameters.
//
// Blob layout (all f64; q indices 0-based, -1 = absent):
//   header, 24 slots: [0] magic 1010, [1] T, [2] C channels, [3] K controls, [4] Fourier order F,
//     [5] trend 0/1, [6] likelihood 0 normal / 1 student-t, [7] ROI prior 0/1, [8] lift rows L,
//     [9] dim, [10] nBase = 1 + trend + K + 2F (baseline coefficients are q[0..nBase): intercept,
//     trend, controls, sin_1, cos_1, ...), [11] q index of sigma, [12] q index of nu, [20] saturation
//     coordinates (1 when some channel samples its effect, saturation-coords.ts), [21] mean level (1: q[0] is
//     mean_t mu_t and the intercept is derived), rest 0.
//   channels, C x 10: adstock kind (0 geometric, 1 delayed, 2 Weibull PDF, 3 Weibull CDF), lmax, saturation
//     kind (0 logistic, 1 Hill, 2 Michaelis-Menten), q index of the adstock's first parameter (alpha, Weibull
//     lam) and second (theta, Weibull k), p1 (lam or kappa), p2 (slope),
//     beta-or-roi-or-effect, beta factor (ROI: F_c = spend_total_c / kpi_scale; effect: T; else 0), 0.
//   parameters, dim x 10: transform (0 real, 1 positive, 2 interval), lo, hi, prior code
//     (codes.ts), p1..p4, shift, scale (the prior is evaluated at (x - shift) / scale).
//   data: y[T], x[C*T] (channel-major), z[K*T] (control-major), day of year[T].
//   lift tests, L x 5: channel index, x/x_scale, (x+dx)/x_scale, dy/kpi_scale, sd/kpi_scale.
//   flexible baseline (header [13] = 1 only): T x 2, per period the left knot j_t and the weight w_t of knot
//     j_t + 1; header [14] knots J, [15] q index of baseline_tau (baseline_eps[1..J-1] follow it), [16] knotEvery.
//   synergy pairs, S x 4 (header [18] = S, [19] = q index of the first pair's eta): channel index a, channel index b,
//     q index of eta, 0 (after the flexible-baseline section when both exist).
import type { MmmData } from '../data/types';
import type { Scaling } from '../fit/model-json';
import type { ModelSetup } from '../engine/types';
import type { ChannelSpec, ModelSpec } from './spec';
import { scaleData, type ScaledData } from './scale';
import { resolvePriors, type ResolvedPrior } from './priors';
import { usesRoi } from './params';
import { ADSTOCK_PARAMS, minLmax } from './components/adstock';
import { FLEX_TAU, gridPoint, hasFlex, knotCount, knotEvery, resolveBaseline } from './components/baseline-flex';
import { effectFactor, usesMeanLevel } from './saturation-coords';
import {
  ADSTOCK_CODES, SATURATION_CODES, LIKELIHOOD_CODES, TRANSFORM_CODES, DIST_CODES,
  BLOB_MAGIC, BLOB_HEADER, BLOB_CH_SLOTS, BLOB_PAR_SLOTS, BLOB_LIFT_SLOTS, BLOB_SYN_SLOTS, BLOB_SYN_COUNT, BLOB_SYN_FIRST,
} from './codes';
import { synergyPairs, type ResolvedPair } from './components/synergy';

export const TARGET_MMM = 10;

export interface ChannelLayout {
  name: string;
  spec: ChannelSpec;
  /** q indices (-1 = absent) of the adstock's first parameter (alpha, Weibull lam) and second (delayed theta, Weibull k). */
  alpha: number;
  theta: number;
  /** lam (logistic, MM) or kappa (Hill). */
  p1: number;
  /** Hill slope. */
  p2: number;
  /** saturation_beta, or roi under an ROI prior. */
  beta: number;
  /** spend_total / kpi_scale: beta = roi * roiFactor / sum_t sat(adstock(x))_t. */
  roiFactor: number;
  /** T when the beta slot holds the channel's mean contribution e (effect coordinates): beta = e * T / sum_t
   *  sat(adstock(x))_t; 0 when it holds saturation_beta or roi (saturation-coords.ts). */
  effectFactor: number;
}

export interface LiftRow { channel: number; x1: number; x2: number; dy: number; sd: number }

/** A synergy pair with the q index of its eta. */
export interface SynergyRow extends ResolvedPair { eta: number }

export interface Layout {
  dim: number;
  /** Every reported parameter: the sampled ones in q order, then derived ones (saturation_beta under ROI). Under
   *  effect coordinates saturation_beta keeps its name and slot: constrain derives it from the sampled effect. */
  names: string[];
  sampled: ResolvedPrior[];
  derived: string[];
  useRoi: boolean;
  channels: ChannelLayout[];
  /** Scaled spend per channel (derived beta needs it). */
  x: Float64Array[];
  /** q[0] is the mean level m = mean_t mu_t and the intercept is derived (saturation-coords.ts). */
  meanLevel: boolean;
  lift: LiftRow[];
  synergy: SynergyRow[];
  spec: ModelSpec;
}

function liftRows(spec: ModelSpec, scaling: Scaling): LiftRow[] {
  return (spec.liftTests ?? []).map((lt, i) => {
    const where = `liftTests[${i}]`;
    const c = spec.channels.findIndex((ch) => ch.name === lt.channel);
    if (c < 0) throw new Error(`${where}.channel: unknown channel "${lt.channel}"`);
    for (const f of ['x', 'deltaX', 'deltaY', 'sigma'] as const) {
      if (typeof lt[f] !== 'number' || !Number.isFinite(lt[f])) throw new Error(`${where}.${f}: must be a finite number`);
    }
    if (lt.x < 0) throw new Error(`${where}.x: spend must be >= 0`);
    if (lt.x + lt.deltaX < 0) throw new Error(`${where}.deltaX: x + deltaX must be >= 0`);
    if (!(lt.sigma > 0)) throw new Error(`${where}.sigma: must be > 0`);
    const xs = scaling.channels[lt.channel];
    return { channel: c, x1: lt.x / xs, x2: (lt.x + lt.deltaX) / xs, dy: lt.deltaY / scaling.kpi, sd: lt.sigma / scaling.kpi };
  });
}

export function buildLayout(spec: ModelSpec, scaled: ScaledData, scaling: Scaling): Layout {
  const sampled = resolvePriors(spec, scaled.n);
  const idx = new Map(sampled.map((p, i) => [p.name, i]));
  const at = (key: string, ch: string) => idx.get(`${key}[${ch}]`) ?? -1;
  const useRoi = usesRoi(spec);
  const channels = spec.channels.map((ch, c) => {
    let total = 0;
    for (const v of scaled.x[c]) total += v * scaling.channels[ch.name];
    return {
      name: ch.name, spec: ch,
      alpha: at(ADSTOCK_PARAMS[ch.adstock][0], ch.name), theta: at(ADSTOCK_PARAMS[ch.adstock][1] ?? '', ch.name),
      p1: ch.saturation === 'hill' ? at('saturation_kappa', ch.name) : at('saturation_lam', ch.name),
      p2: ch.saturation === 'hill' ? at('saturation_slope', ch.name) : -1,
      beta: at(useRoi ? 'roi' : 'saturation_beta', ch.name),
      roiFactor: total / scaling.kpi,
      effectFactor: effectFactor(spec, useRoi, scaled.n),
    };
  });
  const derived = useRoi ? spec.channels.map((ch) => `saturation_beta[${ch.name}]`) : [];
  const synergy = synergyPairs(spec).map((p) => ({ ...p, eta: idx.get(`synergy_eta[${p.name}]`) ?? -1 }));
  return {
    dim: sampled.length, names: [...sampled.map((p) => p.name), ...derived], sampled, derived, useRoi,
    channels, x: scaled.x, meanLevel: usesMeanLevel(spec), lift: liftRows(spec, scaling), synergy, spec,
  };
}

export function packBlob(layout: Layout, scaled: ScaledData): Float64Array {
  const { spec, sampled, channels, lift, synergy } = layout;
  const T = scaled.n, C = channels.length, K = spec.controls.length, F = spec.yearly, D = layout.dim;
  const flex = hasFlex(spec);
  const len = BLOB_HEADER + C * BLOB_CH_SLOTS + D * BLOB_PAR_SLOTS + T * (2 + C + K) + lift.length * BLOB_LIFT_SLOTS + (flex ? 2 * T : 0)
    + synergy.length * BLOB_SYN_SLOTS;
  const b = new Float64Array(len);
  const names = sampled.map((p) => p.name);
  b.set([BLOB_MAGIC, T, C, K, F, spec.trend ? 1 : 0, LIKELIHOOD_CODES[spec.likelihood], layout.useRoi ? 1 : 0,
    lift.length, D, 1 + (spec.trend ? 1 : 0) + K + 2 * F, names.indexOf('sigma'), names.indexOf('nu')]);
  const every = flex ? knotEvery(spec) : 0, J = flex ? knotCount(T - 1, every) : 0;
  if (flex) b.set([1, J, names.indexOf(FLEX_TAU), every], 13);
  if (synergy.length) { b[BLOB_SYN_COUNT] = synergy.length; b[BLOB_SYN_FIRST] = synergy[0].eta; }
  b[20] = channels.some((ch) => ch.effectFactor > 0) ? 1 : 0;
  b[21] = layout.meanLevel ? 1 : 0;
  let o = BLOB_HEADER;
  for (const ch of channels) {
    b.set([ADSTOCK_CODES[ch.spec.adstock], ch.spec.lmax, SATURATION_CODES[ch.spec.saturation],
      ch.alpha, ch.theta, ch.p1, ch.p2, ch.beta, layout.useRoi ? ch.roiFactor : ch.effectFactor, 0], o);
    o += BLOB_CH_SLOTS;
  }
  for (const p of sampled) {
    b.set([TRANSFORM_CODES[p.transform], p.lo, p.hi, DIST_CODES[p.dist], ...p.p, p.shift, p.scale], o);
    o += BLOB_PAR_SLOTS;
  }
  b.set(scaled.y, o); o += T;
  for (const x of scaled.x) { b.set(x, o); o += T; }
  for (const z of scaled.z) { b.set(z, o); o += T; }
  b.set(scaled.dayOfYear, o); o += T;
  for (const r of lift) { b.set([r.channel, r.x1, r.x2, r.dy, r.sd], o); o += BLOB_LIFT_SLOTS; }
  if (flex) {
    for (let t = 0; t < T; t++) { const g = gridPoint(t, T - 1, every, J); b[o++] = g.j; b[o++] = g.w; }
  }
  for (const p of synergy) { b.set([p.ia, p.ib, p.eta, 0], o); o += BLOB_SYN_SLOTS; }
  return b;
}

/** Everything a fit needs: the WASM setup, the parameter layout and the scaled data. */
export function packModel(userSpec: ModelSpec, data: MmmData): { setup: ModelSetup; layout: Layout; scaled: ScaledData; scaling: Scaling } {
  // the knot spacing filled in from the data's frequency: layout.spec is what a fit stores
  const spec = resolveBaseline(userSpec, data.frequency);
  if (spec.channels.length === 0) throw new Error('the model needs at least one channel');
  for (const ch of spec.channels) {
    if (!Number.isInteger(ch.lmax) || ch.lmax < 1) throw new Error(`channel "${ch.name}": lmax must be a positive integer, got ${ch.lmax}`);
    if (ch.lmax < minLmax(ch.adstock)) throw new Error(`channel "${ch.name}": lmax must be at least ${minLmax(ch.adstock)} for ${ch.adstock} adstock, got ${ch.lmax}`);
  }
  if (!Number.isInteger(spec.yearly) || spec.yearly < 0) throw new Error(`yearly: Fourier order must be a non-negative integer, got ${spec.yearly}`);
  const { scaled, scaling } = scaleData(data, spec);
  const layout = buildLayout(spec, scaled, scaling);
  return { setup: { target: TARGET_MMM, data: packBlob(layout, scaled) }, layout, scaled, scaling };
}
