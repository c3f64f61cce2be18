// Autocovariance of one chain via FFT, normalised exactly as posterior's autocovariance(): lag 0 is var*(N-1)/N.
import { fft } from './fft';
import { mean as meanOf, variance } from '../stats';

export function autocovariance(x: ArrayLike<number>): Float64Array {
  const n = x.length;
  const mean = meanOf(x);
  const varx = variance(x);
  if (varx === 0) return new Float64Array(n);
  // Zero padding to at least 2N makes the circular correlation equal the linear one.
  let m = 1;
  while (m < 2 * n) m <<= 1;
  const re = new Float64Array(m);
  const im = new Float64Array(m);
  for (let i = 0; i < n; i++) re[i] = x[i] - mean;
  fft(re, im);
  for (let i = 0; i < m; i++) {
    re[i] = re[i] * re[i] + im[i] * im[i];
    im[i] = 0;
  }
  fft(re, im, true);
  const out = new Float64Array(n);
  const scale = (varx * (n - 1)) / n / re[0];
  for (let i = 0; i < n; i++) out[i] = re[i] * scale;
  return out;
}
