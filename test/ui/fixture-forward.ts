// Test-only forward model (geometric adstock + logistic saturation) used to build the UI fixtures; the product uses core/model.

export function geometricWeights(alpha: number, lmax: number): number[] {
  const w = Array.from({ length: lmax }, (_, l) => alpha ** l);
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / s);
}

/** Channel effect per period in scaled KPI units, for scaled spend x. */
export function channelEffect(x: number[], alpha: number, lam: number, beta: number, lmax: number): number[] {
  const w = geometricWeights(alpha, lmax);
  return x.map((_, t) => {
    let a = 0;
    for (let l = 0; l < lmax && t - l >= 0; l++) a += w[l] * x[t - l];
    const e = Math.exp(-lam * a);
    return (beta * (1 - e)) / (1 + e);
  });
}

export function logistic(a: number, lam: number, beta: number): number {
  const e = Math.exp(-lam * a);
  return (beta * (1 - e)) / (1 + e);
}

/** Deterministic PRNG (mulberry32) and a normal via Box-Muller. */
export function rng(seed: number): { u: () => number; n: () => number } {
  let s = seed >>> 0;
  const u = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const n = () => Math.sqrt(-2 * Math.log(u() + 1e-12)) * Math.cos(2 * Math.PI * u());
  return { u, n };
}
