// Constraining transforms in TS, formula for formula the WASM's (assembly/mmm/transforms.ts).
import type { TransformKind } from './codes';

export interface Constrained { x: number; dx: number; logJ: number; dlogJ: number }

export function constrainValue(kind: TransformKind, lo: number, hi: number, q: number): Constrained {
  if (kind === 'positive') {
    const x = Math.exp(q);
    return { x, dx: x, logJ: q, dlogJ: 1 };
  }
  if (kind === 'interval') {
    const e = Math.exp(-Math.abs(q));
    const s = q >= 0 ? 1 / (1 + e) : e / (1 + e);
    const w = hi - lo;
    return { x: lo + w * s, dx: w * s * (1 - s), logJ: Math.log(w) - Math.abs(q) - 2 * Math.log1p(e), dlogJ: 1 - 2 * s };
  }
  return { x: q, dx: 1, logJ: 0, dlogJ: 0 };
}
