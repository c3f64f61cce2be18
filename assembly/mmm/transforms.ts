// Constraining transforms (unconstrained q -> parameter x), their log-Jacobians and derivatives.
// Kinds: 0 real (x = q), 1 positive (x = exp q), 2 interval (x = lo + (hi - lo) * logistic(q)).
export const TR_REAL: i32 = 0;
export const TR_POSITIVE: i32 = 1;
export const TR_INTERVAL: i32 = 2;

/** dx/dq, log|dx/dq| and d log|dx/dq| / dq of the last `constrainValue` call. */
export let trDx: f64 = 1;
export let trLogJ: f64 = 0;
export let trDLogJ: f64 = 0;

export function constrainValue(kind: i32, lo: f64, hi: f64, q: f64): f64 {
  if (kind == TR_POSITIVE) {
    const x = Math.exp(q);
    trDx = x;
    trLogJ = q;
    trDLogJ = 1;
    return x;
  }
  if (kind == TR_INTERVAL) {
    // logistic written so it never overflows; log-Jacobian log(s(1-s)) = -|q| - 2 log1p(e^-|q|) stays finite.
    const e = Math.exp(-Math.abs(q));
    const s = q >= 0 ? 1 / (1 + e) : e / (1 + e);
    const w = hi - lo;
    trDx = w * s * (1 - s);
    trLogJ = Math.log(w) - Math.abs(q) - 2 * Math.log1p(e);
    trDLogJ = 1 - 2 * s;
    return lo + w * s;
  }
  trDx = 1;
  trLogJ = 0;
  trDLogJ = 0;
  return q;
}
