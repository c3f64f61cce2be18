// The TS constrain (the test reference for the WASM's, src/core/engine/wasm-constrain.ts): an unconstrained draw q
// mapped to named constrained values (layout.names order), derived ones included.
import type { Layout } from '../../src/core/model/pack';
import { constrainValue } from '../../src/core/model/transform';
import { roiBeta } from '../../src/core/model/roi-beta';

export function constrain(layout: Layout, q: ArrayLike<number>): Float64Array {
  if (q.length < layout.dim) throw new Error(`constrain: q has ${q.length} values, expected ${layout.dim}`);
  const out = new Float64Array(layout.names.length);
  layout.sampled.forEach((p, i) => { out[i] = constrainValue(p.transform, p.lo, p.hi, q[i]).x; });
  if (layout.useRoi) layout.channels.forEach((_, c) => { out[layout.dim + c] = roiBeta(layout, c, out); });
  return out;
}

/** The same as a record keyed by parameter name. */
export function constrainNamed(layout: Layout, q: ArrayLike<number>): Record<string, number> {
  const v = constrain(layout, q);
  const out: Record<string, number> = {};
  layout.names.forEach((n, i) => { out[n] = v[i]; });
  return out;
}
