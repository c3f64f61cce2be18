// Raw f64/i32 buffer access for the MMM's preallocated work arrays (no bounds checks in the hot path).
import { allocF64 } from '../memory';

@inline export function ld(p: usize, i: i32): f64 {
  return load<f64>(p + (<usize>i << 3));
}

@inline export function st(p: usize, i: i32, v: f64): void {
  store<f64>(p + (<usize>i << 3), v);
}

@inline export function add(p: usize, i: i32, v: f64): void {
  const a = p + (<usize>i << 3);
  store<f64>(a, load<f64>(a) + v);
}

export function zero(p: usize, n: i32): void {
  memory.fill(p, 0, <usize>n << 3);
}

export function newF64(n: i32): usize {
  return allocF64(n);
}
