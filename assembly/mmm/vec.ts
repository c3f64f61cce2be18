// Small SIMD vector kernels on raw f64 buffers (two lanes per step) for the density's per-period loops.
import { ld, st } from './buf';

/** y += a x */
export function axpy(n: i32, a: f64, x: usize, y: usize): void {
  const as = f64x2.splat(a);
  let t = 0;
  for (; t + 1 < n; t += 2) {
    const o = <usize>t << 3;
    v128.store(y + o, f64x2.add(v128.load(y + o), f64x2.mul(as, v128.load(x + o))));
  }
  if (t < n) st(y, t, ld(y, t) + a * ld(x, t));
}

/** sum_t x_t y_t */
export function dot(n: i32, x: usize, y: usize): f64 {
  let acc = f64x2.splat(0);
  let t = 0;
  for (; t + 1 < n; t += 2) {
    const o = <usize>t << 3;
    acc = f64x2.add(acc, f64x2.mul(v128.load(x + o), v128.load(y + o)));
  }
  let s = f64x2.extract_lane(acc, 0) + f64x2.extract_lane(acc, 1);
  if (t < n) s += ld(x, t) * ld(y, t);
  return s;
}

/** out = a x + c */
export function scaleShift(n: i32, a: f64, x: usize, c: f64, out: usize): void {
  const as = f64x2.splat(a), cs = f64x2.splat(c);
  let t = 0;
  for (; t + 1 < n; t += 2) {
    const o = <usize>t << 3;
    v128.store(out + o, f64x2.add(f64x2.mul(as, v128.load(x + o)), cs));
  }
  if (t < n) st(out, t, a * ld(x, t) + c);
}
