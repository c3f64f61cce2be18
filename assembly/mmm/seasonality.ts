// Yearly Fourier basis from day of year: columns sin_1, cos_1, sin_2, cos_2, ... with period 365.25 days.
import { ld, st } from './buf';

export function fourierBasis(doy: usize, n: i32, order: i32, out: usize): void {
  for (let k = 1; k <= order; k++) {
    const s = out + (<usize>((2 * (k - 1)) * n) << 3);
    const c = out + (<usize>((2 * (k - 1) + 1) * n) << 3);
    for (let t = 0; t < n; t++) {
      const ang = 2 * Math.PI * <f64>k * ld(doy, t) / 365.25;
      st(s, t, Math.sin(ang));
      st(c, t, Math.cos(ang));
    }
  }
}
