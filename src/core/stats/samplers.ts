// Seeded samplers, one function per distribution (the priors' families and the likelihood's noise), each drawing from an Rng.
import type { Rng } from './rng';
import { normalCdf, normalQuantile } from './special/normal';

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
