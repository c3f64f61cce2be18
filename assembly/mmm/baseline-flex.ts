// The flexible baseline (src/core/model/components/baseline-flex.ts): a random walk on knots, linear between them.
//   z_0 = 0, z_j = z_{j-1} + tau * eps_j (j = 1..J-1), flex_t = (1 - w_t) z_{j_t} + w_t z_{j_t + 1},
// with the grid (j_t, w_t) packed per period. Forward adds flex_t into mu; the VJP takes g_t = dL/dmu_t to
//   gz_j = sum_t g_t dflex_t/dz_j, G_i = sum_{j >= i} gz_j, dL/deps_i = tau G_i, dL/dtau = sum_i eps_i G_i.
// x holds the constrained parameters: tau at iTau, eps_1..eps_{J-1} right after it. z (J values) is preallocated.
import { ld, st, add } from './buf';

export function flexForward(x: usize, iTau: i32, J: i32, grid: usize, T: i32, z: usize, mu: usize): void {
  if (J < 2) return;
  const tau = ld(x, iTau);
  st(z, 0, 0);
  for (let j = 1; j < J; j++) st(z, j, ld(z, j - 1) + tau * ld(x, iTau + j));
  for (let t = 0; t < T; t++) {
    const j = <i32>ld(grid, 2 * t), w = ld(grid, 2 * t + 1);
    add(mu, t, (1 - w) * ld(z, j) + w * ld(z, j + 1));
  }
}

/** Adds dL/dtau and dL/deps_j into gx; z is overwritten (used as the knot gradient). */
export function flexBackward(x: usize, iTau: i32, J: i32, grid: usize, T: i32, g: usize, z: usize, gx: usize): void {
  if (J < 2) return;
  for (let j = 0; j < J; j++) st(z, j, 0);
  for (let t = 0; t < T; t++) {
    const j = <i32>ld(grid, 2 * t), w = ld(grid, 2 * t + 1), gt = ld(g, t);
    add(z, j, (1 - w) * gt);
    add(z, j + 1, w * gt);
  }
  const tau = ld(x, iTau);
  let suffix: f64 = 0, dTau: f64 = 0;
  for (let i = J - 1; i >= 1; i--) {
    suffix += ld(z, i);
    add(gx, iTau + i, tau * suffix);
    dTau += ld(x, iTau + i) * suffix;
  }
  add(gx, iTau, dTau);
}
