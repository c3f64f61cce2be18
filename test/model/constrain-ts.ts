// The TS constrain (the test reference for the WASM's, src/core/engine/wasm-constrain.ts): an unconstrained draw q
// mapped to named constrained values (layout.names order), derived ones included.
import type { Layout } from '../../src/core/model/pack';
import type { ScaledData } from '../../src/core/model/scale';
import { constrainValue } from '../../src/core/model/transform';
import { roiBeta, unitSaturationSum } from '../../src/core/model/roi-beta';
import { effectBeta } from '../../src/core/model/saturation-coords';
import { forwardModel } from '../../src/core/model';

function named(layout: Layout, v: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  layout.names.forEach((n, i) => { out[n] = v[i]; });
  return out;
}

function meanMu(layout: Layout, scaled: ScaledData, v: ArrayLike<number>): number {
  const mu = forwardModel(layout.spec, scaled, named(layout, v)).mu;
  let s = 0;
  for (const m of mu) s += m;
  return s / mu.length;
}

/** `scaled` is needed when q[0] is the mean level (layout.meanLevel): the intercept is derived from the rest of mu. */
export function constrain(layout: Layout, q: ArrayLike<number>, scaled?: ScaledData): Float64Array {
  if (q.length < layout.dim) throw new Error(`constrain: q has ${q.length} values, expected ${layout.dim}`);
  const out = new Float64Array(layout.names.length);
  layout.sampled.forEach((p, i) => { out[i] = constrainValue(p.transform, p.lo, p.hi, q[i]).x; });
  if (layout.useRoi) layout.channels.forEach((_, c) => { out[layout.dim + c] = roiBeta(layout, c, out); });
  // Effect coordinates: the beta slot held the channel's mean contribution; saturation_beta replaces it.
  layout.channels.forEach((ch, c) => { if (ch.effectFactor > 0) out[ch.beta] = effectBeta(layout, c, out); });
  if (layout.meanLevel) {
    if (!scaled) throw new Error('constrain: the mean level needs the scaled data');
    // intercept = m - mean_t(mu_t at intercept 0)
    out[0] = 0;
    out[0] = q[0] - meanMu(layout, scaled, out);
  }
  return out;
}

/** The same as a record keyed by parameter name. */
export function constrainNamed(layout: Layout, q: ArrayLike<number>, scaled?: ScaledData): Record<string, number> {
  return named(layout, constrain(layout, q, scaled));
}

/** The effect-coordinate q of the point whose natural-coordinate q is given: every value the same, except that
 *  each effect channel's beta slot holds log e = log(beta S / T) for the beta = exp(q) of natural coordinates,
 *  and, with the mean level, q[0] holds mean_t mu_t for the intercept q[0] of natural coordinates. */
export function naturalToEffect(layout: Layout, q: ArrayLike<number>, scaled: ScaledData): number[] {
  const out = Array.from(q);
  const x = new Float64Array(layout.names.length);
  layout.sampled.forEach((p, i) => { x[i] = constrainValue(p.transform, p.lo, p.hi, q[i]).x; });
  if (layout.useRoi) layout.channels.forEach((_, c) => { x[layout.dim + c] = roiBeta(layout, c, x); });
  layout.channels.forEach((ch, c) => {
    if (ch.effectFactor > 0) out[ch.beta] = Math.log((x[ch.beta] * unitSaturationSum(layout, c, x)) / ch.effectFactor);
  });
  if (layout.meanLevel) out[0] = meanMu(layout, scaled, x);
  return out;
}
