// Yearly seasonality: Fourier modes sin_k, cos_k of 2 pi k doy / 365.25, k = 1..order, in the
// order of their gamma_fourier coefficients (sin_1, cos_1, sin_2, ...).

export const DAYS_PER_YEAR = 365.25;

/** The angle of the k-th harmonic at day of year doy. */
export function fourierAngle(k: number, doy: number): number {
  return (2 * Math.PI * k * doy) / DAYS_PER_YEAR;
}

/** sum_k gamma[2k-2] sin_k + gamma[2k-1] cos_k at day of year doy. */
export function seasonalityAt(gamma: ArrayLike<number>, order: number, doy: number): number {
  let b = 0;
  for (let k = 1; k <= order; k++) {
    const ang = fourierAngle(k, doy);
    b += gamma[2 * k - 2] * Math.sin(ang) + gamma[2 * k - 1] * Math.cos(ang);
  }
  return b;
}
