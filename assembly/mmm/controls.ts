// Control columns: copied as packed (already centred/scaled on the host), one column per control.
import { ld, st } from './buf';

export function controlColumns(z: usize, k: i32, n: i32, out: usize): void {
  for (let i = 0; i < k * n; i++) st(out, i, ld(z, i));
}
