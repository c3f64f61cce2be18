// Welford running variance of warmup draws and Stan's regularised diagonal inverse metric (var_adaptation.hpp).
import { ld, st } from './vec';

let dim: i32 = 0;
let n: f64 = 0;
let mean: usize = 0;
let m2: usize = 0;

/** Buffers are the caller's (allocated once): mean and m2, each dim f64. */
export function welfordSetup(d: i32, meanBuf: usize, m2Buf: usize): void {
  dim = d;
  mean = meanBuf;
  m2 = m2Buf;
  welfordRestart();
}

export function welfordRestart(): void {
  n = 0;
  memory.fill(mean, 0, (<usize>dim) << 3);
  memory.fill(m2, 0, (<usize>dim) << 3);
}

export function welfordAdd(q: usize): void {
  n += 1;
  for (let i = 0; i < dim; i++) {
    const x = ld(q, i);
    const delta = x - ld(mean, i);
    const mi = ld(mean, i) + delta / n;
    st(mean, i, mi);
    st(m2, i, ld(m2, i) + delta * (x - mi));
  }
}

export function welfordCount(): f64 {
  return n;
}

/** Sample variance (n - 1 denominator) into out; leaves out untouched when n < 2, as Stan does. */
export function welfordVariance(out: usize): void {
  if (n > 1) for (let i = 0; i < dim; i++) st(out, i, ld(m2, i) / (n - 1.0));
}

/** Writes the regularised variance n/(n+5) var + 1e-3 * 5/(n+5) into the inverse metric; false if not finite. */
export function welfordMetric(out: usize): bool {
  welfordVariance(out);
  const a = n / (n + 5.0);
  const b = 1e-3 * (5.0 / (n + 5.0));
  let ok = true;
  for (let i = 0; i < dim; i++) {
    const v = a * ld(out, i) + b;
    st(out, i, v);
    if (!isFinite(v)) ok = false;
  }
  return ok;
}
