// A small seeded RNG (xoshiro128**) with Normal, Gamma and Student-t draws, so posterior predictive draws are reproducible on every host.

export interface Rng {
  uniform(): number;
  normal(): number;
  gamma(shape: number): number;
  studentT(nu: number): number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRng(seed: number): Rng {
  const init = splitmix32(seed);
  let a = init(), b = init(), c = init(), d = init();
  if ((a | b | c | d) === 0) a = 1;
  const next = (): number => {
    const r = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a; d ^= b; b ^= c; a ^= d; c ^= t; d = rotl(d, 11);
    return r;
  };
  const uniform = () => (next() + 0.5) / 4294967296; // in (0, 1), never 0 so log() is safe
  let spare: number | undefined;
  const normal = () => {
    if (spare !== undefined) { const s = spare; spare = undefined; return s; }
    const r = Math.sqrt(-2 * Math.log(uniform()));
    const th = 2 * Math.PI * uniform();
    spare = r * Math.sin(th);
    return r * Math.cos(th);
  };
  // Marsaglia and Tsang; shape < 1 boosted by U^(1/shape).
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * Math.pow(uniform(), 1 / shape);
    const dd = shape - 1 / 3, cc = 1 / Math.sqrt(9 * dd);
    for (;;) {
      let x: number, v: number;
      do { x = normal(); v = 1 + cc * x; } while (v <= 0);
      v = v * v * v;
      const u = uniform();
      if (Math.log(u) < 0.5 * x * x + dd - dd * v + dd * Math.log(v)) return dd * v;
    }
  };
  const studentT = (nu: number) => normal() / Math.sqrt((2 * gamma(nu / 2)) / nu);
  return { uniform, normal, gamma, studentT };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
