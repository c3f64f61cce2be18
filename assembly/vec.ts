// Small raw-pointer vector kernels (f64 arrays in linear memory) shared by the sampler parts.
@inline
export function ld(p: usize, i: i32): f64 {
  return load<f64>(p + (<usize>i << 3));
}

@inline
export function st(p: usize, i: i32, v: f64): void {
  store<f64>(p + (<usize>i << 3), v);
}

export function vcopy(dst: usize, src: usize, n: i32): void {
  memory.copy(dst, src, <usize>n << 3);
}

export function vdot(a: usize, b: usize, n: i32): f64 {
  let s: f64 = 0;
  for (let i = 0; i < n; i++) s += ld(a, i) * ld(b, i);
  return s;
}

/** dst = a + b (dst may alias a or b). */
export function vadd(dst: usize, a: usize, b: usize, n: i32): void {
  for (let i = 0; i < n; i++) st(dst, i, ld(a, i) + ld(b, i));
}

/** dst = w .* a (elementwise). */
export function vmul(dst: usize, w: usize, a: usize, n: i32): void {
  for (let i = 0; i < n; i++) st(dst, i, ld(w, i) * ld(a, i));
}

/** Whether r = a + b has r . u > 0 and r . v > 0, in one pass; r is stored in out unless out is 0. */
export function sumDotsPositive(out: usize, a: usize, b: usize, u: usize, v: usize, n: i32): bool {
  let su: f64 = 0;
  let sv: f64 = 0;
  for (let i = 0; i < n; i++) {
    const r = ld(a, i) + ld(b, i);
    if (out) st(out, i, r);
    su += ld(u, i) * r;
    sv += ld(v, i) * r;
  }
  return sv > 0 && su > 0;
}

export function logSumExp(a: f64, b: f64): f64 {
  if (a == -Infinity) return b;
  if (b == -Infinity) return a;
  if (a == Infinity && b == Infinity) return Infinity;
  if (a > b) return a + Math.log1p(Math.exp(b - a));
  return b + Math.log1p(Math.exp(a - b));
}
