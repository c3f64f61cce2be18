// The linear baseline: mu_t = sum_j b_j X_{j,t} over the columns intercept, trend, controls, Fourier terms
// (X stored column by column); the backward is g_j = sum_t g_t X_{j,t}. SIMD through vec.ts's axpy and dot.
import { ld, add } from './buf';
import { axpy, dot } from './vec';

export function linearForward(b: usize, x: usize, p: i32, n: i32, mu: usize): void {
  memory.fill(mu, 0, <usize>n << 3);
  for (let j = 0; j < p; j++) axpy(n, ld(b, j), x + (<usize>(j * n) << 3), mu);
}

export function linearBackward(g: usize, x: usize, p: i32, n: i32, gb: usize): void {
  for (let j = 0; j < p; j++) add(gb, j, dot(n, g, x + (<usize>(j * n) << 3)));
}
