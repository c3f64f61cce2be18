// The one seeded random stream (mulberry32) with its samplers; demo data, synthetic data, prior and posterior
// predictive draws all come from it, never from Math.random.
import { sampleBeta, sampleGamma, sampleStudentT } from './samplers';

export interface Rng {
  /** Uniform on [0, 1): k / 2^32 for a 32-bit output k. */
  next(): number;
  /** Uniform on [lo, hi), by default [0, 1). */
  uniform(lo?: number, hi?: number): number;
  /** Integer in lo..hi inclusive. */
  int(lo: number, hi: number): number;
  normal(mean?: number, sd?: number): number;
  /** Gamma(shape, rate), rate 1 by default. */
  gamma(shape: number, rate?: number): number;
  beta(alpha: number, beta: number): number;
  /** Student-t with nu degrees of freedom, unit scale. */
  studentT(nu: number): number;
}

/**
 * A seeded stream. Its uniforms (next, uniform, int, normal) are pinned bit for bit by the demo dataset's
 * tests; gamma, beta and studentT are the samplers of ./samplers bound to this stream.
 */
export function createRng(seed: number): Rng {
  let s = (seed >>> 0) ^ 0x9e3779b9;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    uniform: (lo = 0, hi = 1) => lo + (hi - lo) * next(),
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    // Box-Muller without caching the second value, so the stream depends only on the call sequence.
    normal: (mean = 0, sd = 1) => {
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    gamma: (shape, rate = 1) => sampleGamma(rng, shape, rate),
    beta: (alpha, beta) => sampleBeta(rng, alpha, beta),
    studentT: (nu) => sampleStudentT(rng, nu),
  };
  return rng;
}
