// The linear baseline: mu_t = sum_j b_j X_{j,t} over the columns intercept, trend, controls, Fourier terms
// (X stored column by column); the backward is g_j = sum_t g_t X_{j,t}. Two periods per SIMD step.
import { ld, st, add } from './buf';

export function linearForward(b: usize, x: usize, p: i32, n: i32, mu: usize): void {
  memory.fill(mu, 0, <usize>n << 3);
  for (let j = 0; j < p; j++) {
    const bj = ld(b, j);
    const bs = f64x2.splat(bj);
    const col = x + (<usize>(j * n) << 3);
    let t = 0;
    for (; t + 1 < n; t += 2) {
      const o = <usize>t << 3;
      v128.store(mu + o, f64x2.add(v128.load(mu + o), f64x2.mul(bs, v128.load(col + o))));
    }
    if (t < n) add(mu, t, bj * ld(col, t));
  }
}

export function linearBackward(g: usize, x: usize, p: i32, n: i32, gb: usize): void {
  for (let j = 0; j < p; j++) {
    const col = x + (<usize>(j * n) << 3);
    let acc = f64x2.splat(0);
    let t = 0;
    for (; t + 1 < n; t += 2) {
      const o = <usize>t << 3;
      acc = f64x2.add(acc, f64x2.mul(v128.load(g + o), v128.load(col + o)));
    }
    let s = f64x2.extract_lane(acc, 0) + f64x2.extract_lane(acc, 1);
    if (t < n) s += ld(g, t) * ld(col, t);
    add(gb, j, s);
  }
}
