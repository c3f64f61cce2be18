// Seeded samplers for the prior distributions (one function per distribution), for the prior predictive.
import type { Rng } from '../data/rng';

export function sampleNormal(rng: Rng, mu: number, sigma: number): number {
  return mu + sigma * rng.normal();
}

export function sampleHalfNormal(rng: Rng, sigma: number): number {
  return Math.abs(sigma * rng.normal());
}

export function sampleLogNormal(rng: Rng, mu: number, sigma: number): number {
  return Math.exp(mu + sigma * rng.normal());
}

/** Gamma(shape alpha, rate beta) by Marsaglia-Tsang; shape < 1 via the boost U^(1/alpha). */
export function sampleGamma(rng: Rng, alpha: number, beta: number): number {
  if (alpha < 1) {
    const u = 1 - rng.next(); // (0, 1]: avoids 0^(1/alpha) = 0 exactly
    return sampleGamma(rng, alpha + 1, beta) * u ** (1 / alpha);
  }
  const d = alpha - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let z: number, v: number;
    do { z = rng.normal(); v = 1 + c * z; } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng.next();
    if (u < 1 - 0.0331 * z ** 4 || Math.log(u) < 0.5 * z * z + d * (1 - v + Math.log(v))) return (d * v) / beta;
  }
}

/** Beta(alpha, beta) as G1 / (G1 + G2) with independent unit-rate Gammas. */
export function sampleBeta(rng: Rng, alpha: number, beta: number): number {
  const g1 = sampleGamma(rng, alpha, 1);
  const g2 = sampleGamma(rng, beta, 1);
  return g1 / (g1 + g2);
}

/** Laplace(mu, b) by the inverse CDF. */
export function sampleLaplace(rng: Rng, mu: number, b: number): number {
  const u = rng.next() - 0.5; // [-0.5, 0.5)
  const a = Math.max(1 - 2 * Math.abs(u), Number.MIN_VALUE);
  return mu - b * Math.sign(u) * Math.log(a);
}

/** Student-t noise with nu degrees of freedom (unit scale): Z / sqrt(chi2_nu / nu). */
export function sampleStudentT(rng: Rng, nu: number): number {
  const chi2 = sampleGamma(rng, nu / 2, 0.5);
  return rng.normal() / Math.sqrt(chi2 / nu);
}

/** erfc with relative error < 1.2e-7 (Numerical Recipes' Chebyshev fit): enough for the CDF inversion below. */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? r : 2 - r;
}

/** Standard Normal CDF. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** Standard Normal quantile (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - lo) return -normalQuantile(1 - p);
  const q = p - 0.5, r = q * q;
  return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/**
 * Normal(mu, sigma) truncated to [lower, upper] by the inverse CDF. When the interval lies above the
 * mean it is mirrored so the CDF values used are small ones (precise), not ones close to 1.
 */
export function sampleTruncatedNormal(rng: Rng, mu: number, sigma: number, lower = -Infinity, upper = Infinity): number {
  let a = (lower - mu) / sigma, b = (upper - mu) / sigma;
  const flip = a > 0;
  if (flip) [a, b] = [-b, -a];
  const pa = normalCdf(a), pb = normalCdf(b);
  const z = pb > pa ? normalQuantile(pa + rng.next() * (pb - pa)) : a; // an interval beyond ~37 sd: its edge
  const zc = Math.min(Math.max(z, a), b); // the approximations must not step outside the interval
  return mu + sigma * (flip ? -zc : zc);
}
