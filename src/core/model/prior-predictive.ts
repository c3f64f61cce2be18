// The prior predictive: parameters drawn from their resolved priors, pushed through the forward model,
// with observation noise; KPI and ROI in original units. Shows whether the priors are on the data's scale.
import type { MmmData } from '../data/types';
import { putOwn } from '../data/records';
import { createRng, type Rng } from '../stats';
import type { ModelSpec } from './spec';
import type { ResolvedPrior } from './priors';
import { packModel } from './pack';
import { roiBeta } from './roi-beta';
import { forwardModel } from './forward';
import {
  sampleBeta, sampleGamma, sampleHalfNormal, sampleLaplace, sampleLogNormal, sampleNormal, sampleStudentT, sampleTruncatedNormal,
} from '../stats';

export interface PriorPredictive {
  /** Per draw, per period: KPI in original units, with observation noise. */
  kpi: Float64Array[];
  /** Per draw, per period: the mean (no noise), original units. */
  mu: Float64Array[];
  /** Per channel: ROI per draw (contribution total / spend total, original units). */
  roi: Record<string, Float64Array>;
  /** Per parameter name (sampled ones, then saturation_beta when derived from ROI): one value per draw. */
  params: Record<string, Float64Array>;
}

/** Draws from a prior with no regard for the parameter's support. */
function drawRaw(rng: Rng, p: ResolvedPrior): number {
  const [p1, p2, p3, p4] = p.p;
  switch (p.dist) {
    case 'Normal': return sampleNormal(rng, p1, p2);
    case 'HalfNormal': return sampleHalfNormal(rng, p1);
    case 'LogNormal': return sampleLogNormal(rng, p1, p2);
    case 'Gamma': return sampleGamma(rng, p1, p2);
    case 'Beta': return sampleBeta(rng, p1, p2);
    case 'Laplace': return sampleLaplace(rng, p1, p2);
    case 'TruncatedNormal': return sampleTruncatedNormal(rng, p1, p2, p3, p4);
  }
}

const MAX_TRIES = 10000;

/**
 * One draw from the prior truncated to the parameter's support, as the density truncates it
 * (a Normal on a positive parameter is a half-Normal-like prior, a HalfNormal on theta stops at lmax - 1).
 * Normal-family priors are truncated exactly by the inverse CDF; others by rejection.
 */
export function drawPrior(rng: Rng, p: ResolvedPrior): number {
  const inside = (x: number) => x >= p.lo && x <= p.hi && (p.transform === 'real' || (x > p.lo && x < p.hi));
  if (p.dist === 'Normal' || p.dist === 'TruncatedNormal' || p.dist === 'HalfNormal') {
    const mu = p.dist === 'HalfNormal' ? 0 : p.p[0];
    const sigma = p.dist === 'HalfNormal' ? p.p[0] : p.p[1];
    const lo = Math.max(p.dist === 'HalfNormal' ? 0 : p.dist === 'TruncatedNormal' ? p.p[2] : -Infinity, p.lo);
    const hi = Math.min(p.dist === 'TruncatedNormal' ? p.p[3] : Infinity, p.hi);
    const x = p.shift + p.scale * sampleTruncatedNormal(rng, mu, sigma, lo, hi);
    if (inside(x)) return x;
    // An open bound hit exactly (possible only when nearly all the mass is beyond it): step inside.
    return Math.min(Math.max(x, p.lo + 1e-12 * Math.max(1, Math.abs(p.lo))), p.hi - 1e-12 * Math.max(1, Math.abs(p.hi)));
  }
  for (let i = 0; i < MAX_TRIES; i++) {
    const x = p.shift + p.scale * drawRaw(rng, p);
    if (inside(x)) return x;
  }
  throw new Error(`prior of ${p.name}: almost none of its ${p.dist} prior lies in ${p.name}'s support [${p.lo}, ${p.hi}]`);
}

export function samplePriorPredictive(spec: ModelSpec, data: MmmData, opts: { draws?: number; seed?: number } = {}): PriorPredictive {
  const draws = opts.draws ?? 200;
  if (!Number.isInteger(draws) || draws < 1) throw new Error(`draws must be a positive integer, got ${draws}`);
  const rng = createRng(opts.seed ?? 1);
  // Lift tests are likelihood terms (data), not priors: the prior predictive leaves them out, so a half-typed row cannot block it.
  const { layout, scaled, scaling } = packModel({ ...spec, liftTests: [] }, data);
  const T = scaled.n, D = layout.dim;
  const params: Record<string, Float64Array> = {};
  for (const n of layout.names) params[n] = new Float64Array(draws);
  const roi: Record<string, Float64Array> = {};
  const spendTotal = spec.channels.map((ch, c) => {
    putOwn(roi, ch.name, new Float64Array(draws));
    let s = 0;
    for (const v of scaled.x[c]) s += v;
    return s * scaling.channels[ch.name];
  });
  const iSigma = layout.names.indexOf('sigma');
  const iNu = layout.names.indexOf('nu');
  const kpi: Float64Array[] = [];
  const mu: Float64Array[] = [];
  const v = new Float64Array(layout.names.length);
  for (let d = 0; d < draws; d++) {
    layout.sampled.forEach((p, i) => { v[i] = drawPrior(rng, p); });
    // ROI prior: saturation_beta follows from roi exactly as the WASM derives it.
    if (layout.useRoi) layout.channels.forEach((_, c) => { v[D + c] = roiBeta(layout, c, v); });
    const values: Record<string, number> = {};
    layout.names.forEach((n, i) => { values[n] = v[i]; params[n][d] = v[i]; });
    const f = forwardModel(layout.spec, scaled, values);
    const m = new Float64Array(T), y = new Float64Array(T);
    const sigma = v[iSigma], nu = iNu >= 0 ? v[iNu] : 0;
    for (let t = 0; t < T; t++) {
      m[t] = f.mu[t] * scaling.kpi;
      const e = iNu >= 0 ? sampleStudentT(rng, nu) : rng.normal();
      y[t] = (f.mu[t] + sigma * e) * scaling.kpi;
    }
    mu.push(m);
    kpi.push(y);
    f.channels.forEach((contrib, c) => {
      let s = 0;
      for (let t = 0; t < T; t++) s += contrib[t];
      roi[spec.channels[c].name][d] = (s * scaling.kpi) / spendTotal[c];
    });
  }
  return { kpi, mu, roi, params };
}
