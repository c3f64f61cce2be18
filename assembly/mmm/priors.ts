// Prior log densities (up to constants that depend only on the prior's fixed parameters) and d/dx.
// Codes match src/core/model/prior-codes.ts.
export const D_NORMAL: i32 = 0;
export const D_HALFNORMAL: i32 = 1;
export const D_LOGNORMAL: i32 = 2;
export const D_GAMMA: i32 = 3;
export const D_BETA: i32 = 4;
export const D_LAPLACE: i32 = 5;
export const D_TRUNCNORMAL: i32 = 6;

/** d logpdf / dx of the last `priorLogpdf` call. */
export let priorDx: f64 = 0;

export function priorLogpdf(dist: i32, p1: f64, p2: f64, p3: f64, p4: f64, x: f64): f64 {
  if (dist == D_NORMAL) {
    const z = (x - p1) / p2;
    priorDx = -z / p2;
    return -0.5 * z * z;
  }
  if (dist == D_HALFNORMAL) {
    const z = x / p1;
    priorDx = -z / p1;
    return x < 0 ? -Infinity : -0.5 * z * z;
  }
  if (dist == D_LOGNORMAL) {
    if (x <= 0) { priorDx = 0; return -Infinity; }
    const lx = Math.log(x);
    const z = (lx - p1) / p2;
    priorDx = (-1 - z / p2) / x;
    return -lx - 0.5 * z * z;
  }
  if (dist == D_GAMMA) {
    if (x <= 0) { priorDx = 0; return -Infinity; }
    priorDx = (p1 - 1) / x - p2;
    return (p1 - 1) * Math.log(x) - p2 * x;
  }
  if (dist == D_BETA) {
    if (x <= 0 || x >= 1) { priorDx = 0; return -Infinity; }
    priorDx = (p1 - 1) / x - (p2 - 1) / (1 - x);
    return (p1 - 1) * Math.log(x) + (p2 - 1) * Math.log1p(-x);
  }
  if (dist == D_LAPLACE) {
    const d = x - p1;
    priorDx = d > 0 ? -1 / p2 : (d < 0 ? 1 / p2 : 0);
    return -Math.abs(d) / p2;
  }
  if (dist == D_TRUNCNORMAL) {
    const z = (x - p1) / p2;
    priorDx = -z / p2;
    return x < p3 || x > p4 ? -Infinity : -0.5 * z * z;
  }
  priorDx = 0;
  return NaN;
}
