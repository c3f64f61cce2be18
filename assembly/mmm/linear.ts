// The linear baseline: mu_t = sum_j b_j X_{j,t} over the columns intercept, trend, controls, Fourier terms
// (X stored column by column); the backward is g_j = sum_t g_t X_{j,t}.
import { ld, st, add } from './buf';

export function linearForward(b: usize, x: usize, p: i32, n: i32, mu: usize): void {
  for (let t = 0; t < n; t++) st(mu, t, 0);
  for (let j = 0; j < p; j++) {
    const bj = ld(b, j);
    const col = x + (<usize>(j * n) << 3);
    for (let t = 0; t < n; t++) add(mu, t, bj * ld(col, t));
  }
}

export function linearBackward(g: usize, x: usize, p: i32, n: i32, gb: usize): void {
  for (let j = 0; j < p; j++) {
    const col = x + (<usize>(j * n) << 3);
    let acc: f64 = 0;
    for (let t = 0; t < n; t++) acc += ld(g, t) * ld(col, t);
    add(gb, j, acc);
  }
}
