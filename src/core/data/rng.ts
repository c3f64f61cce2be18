// A small seeded PRNG (mulberry32) for reproducible demo and synthetic data; never Math.random.

export interface Rng {
  /** Uniform on [0, 1). */
  next(): number;
  uniform(lo: number, hi: number): number;
  /** Integer in lo..hi inclusive. */
  int(lo: number, hi: number): number;
  normal(mean?: number, sd?: number): number;
}

export function createRng(seed: number): Rng {
  let s = (seed >>> 0) ^ 0x9e3779b9;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    // Box-Muller without caching the second value, so the stream depends only on the call sequence.
    normal: (mean = 0, sd = 1) => {
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}
