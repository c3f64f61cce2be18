// Linear trend column t / (T - 1), t = 0..T-1 (0 when T = 1), and the intercept column of ones.
import { st } from './buf';

export function trendColumn(n: i32, out: usize): void {
  const d: f64 = n > 1 ? <f64>(n - 1) : 1;
  for (let t = 0; t < n; t++) st(out, t, <f64>t / d);
}

export function onesColumn(n: i32, out: usize): void {
  for (let t = 0; t < n; t++) st(out, t, 1);
}
