// A slow, obviously-correct NUTS written straight from Stan's base_nuts.hpp with plain arrays and recursion,
// consuming the same RNG stream as assembly/rng.ts; used only to validate the WASM sampler transition by transition.
import type { WasmExports } from '../../src/core/engine/wasm-exports';

const MASK = (1n << 64n) - 1n;
const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (64n - k))) & MASK;

class Rng {
  private s: bigint[];
  private spare: number | null = null;
  /** `log` is AssemblyScript's (via the WASM), so normals match the sampler's bit for bit. */
  constructor(seed: number, chain: number, private log: (x: number) => number) {
    let sm = ((BigInt(seed) << 32n) ^ ((BigInt(chain) * 0xd1b54a32d192ed03n) & MASK)) & MASK;
    const next = () => {
      sm = (sm + 0x9e3779b97f4a7c15n) & MASK;
      let z = sm;
      z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
      z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
      return z ^ (z >> 31n);
    };
    this.s = [next(), next(), next(), next()];
  }
  uniform(): number {
    const s = this.s;
    const result = (rotl((s[1] * 5n) & MASK, 7n) * 9n) & MASK;
    const t = (s[1] << 17n) & MASK;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45n);
    return Number(result >> 11n) * 2 ** -53;
  }
  normal(): number {
    if (this.spare !== null) {
      const v = this.spare;
      this.spare = null;
      return v;
    }
    let u: number, v: number, s: number;
    do {
      u = 2 * this.uniform() - 1;
      v = 2 * this.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * this.log(s)) / s);
    this.spare = v * m;
    return u * m;
  }
}

interface Point { q: number[]; p: number[]; g: number[]; V: number }
const clone = (z: Point): Point => ({ q: [...z.q], p: [...z.p], g: [...z.g], V: z.V });
const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);
const add = (a: number[], b: number[]) => a.map((x, i) => x + b[i]);
function logSumExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

export interface RefDraw { q: number[]; accept: number; depth: number; nLeapfrog: number; divergent: boolean; energy: number }

/** Unit metric, no adaptation (warmup 0): inits, init_stepsize, then `draws` transitions. */
export function referenceNuts(w: WasmExports, dim: number, seed: number, chain: number, draws: number, maxDepth: number) {
  const rng = new Rng(seed, chain, (x) => w.testLog(x));
  const qp = w.allocF64(dim);
  const gp = w.allocF64(dim);
  const evaluate = (z: Point) => {
    new Float64Array(w.memory.buffer, qp, dim).set(z.q);
    let lp = w.logDensityGradAt(qp, gp);
    if (!(lp > -Infinity) || lp === Infinity) lp = -Infinity;
    z.g = Array.from(new Float64Array(w.memory.buffer, gp, dim));
    z.V = -lp;
  };
  const H = (z: Point) => {
    const h = 0.5 * dot(z.p, z.p) + z.V;
    return Number.isNaN(h) ? Infinity : h;
  };
  const leapfrog = (z: Point, eps: number) => {
    z.p = z.p.map((p, i) => p + 0.5 * eps * z.g[i]);
    z.q = z.q.map((q, i) => q + eps * z.p[i]);
    evaluate(z);
    z.p = z.p.map((p, i) => p + 0.5 * eps * z.g[i]);
  };

  // Inits: uniform(-2, 2) until finite.
  let z: Point = { q: [], p: new Array(dim).fill(0), g: [], V: 0 };
  for (let t = 0; t < 100; t++) {
    z.q = Array.from({ length: dim }, () => 2 * (2 * rng.uniform() - 1));
    evaluate(z);
    if (Number.isFinite(z.V) && z.g.every(Number.isFinite)) break;
  }
  // init_stepsize.
  let eps = 1;
  const trial = () => {
    const y = clone(z);
    y.p = Array.from({ length: dim }, () => rng.normal());
    const h0 = H(y);
    leapfrog(y, eps);
    return h0 - H(y);
  };
  const dir = trial() > Math.log(0.8) ? 1 : -1;
  for (;;) {
    const dH = trial();
    if (dir === 1 && !(dH > Math.log(0.8))) break;
    if (dir === -1 && !(dH < Math.log(0.8))) break;
    eps = dir === 1 ? 2 * eps : 0.5 * eps;
  }

  let nLeapfrog = 0;
  let sumMetro = 0;
  let divergent = false;
  let H0 = 0;
  // Returns [valid, logSumWeight, rho, pSharpBeg, pSharpEnd, pBeg, pEnd, propose]; z is the moving point.
  const build = (depth: number, sign: number): [boolean, number, number[], number[], number[], number[], number[], Point] => {
    if (depth === 0) {
      leapfrog(z, sign * eps);
      nLeapfrog++;
      const h = H(z);
      if (h - H0 > 1000) divergent = true;
      sumMetro += H0 - h > 0 ? 1 : Math.exp(H0 - h);
      return [!divergent, H0 - h, [...z.p], [...z.p], [...z.p], [...z.p], [...z.p], clone(z)];
    }
    const init = build(depth - 1, sign);
    if (!init[0]) return init;
    const fin = build(depth - 1, sign);
    if (!fin[0]) return fin;
    const lsw = logSumExp(init[1], fin[1]);
    let propose = init[7];
    if (fin[1] > lsw || rng.uniform() < Math.exp(fin[1] - lsw)) propose = fin[7];
    const rho = add(init[2], fin[2]);
    let ok = dot(fin[4], rho) > 0 && dot(init[3], rho) > 0;
    const ext1 = add(init[2], fin[5]);
    ok = dot(fin[3], ext1) > 0 && dot(init[3], ext1) > 0 && ok;
    const ext2 = add(fin[2], init[6]);
    ok = dot(fin[4], ext2) > 0 && dot(init[4], ext2) > 0 && ok;
    return [ok, lsw, rho, init[3], fin[4], init[5], fin[6], propose];
  };

  const out: RefDraw[] = [];
  for (let it = 0; it < draws; it++) {
    z.p = Array.from({ length: dim }, () => rng.normal());
    H0 = H(z);
    let zF = clone(z), zB = clone(z), sample = clone(z);
    // Ends of the trajectory: momentum and sharp momentum (unit metric: equal) at the two outer ends,
    // and at the inner ends of the last two merged parts.
    let pFF = [...z.p], pFB = [...z.p], pBF = [...z.p], pBB = [...z.p];
    let rho = [...z.p];
    let lsw = 0;
    nLeapfrog = 0;
    sumMetro = 0;
    divergent = false;
    let depth = 0;
    while (depth < maxDepth) {
      let res;
      let rhoF: number[], rhoB: number[];
      if (rng.uniform() > 0.5) {
        z = clone(zF);
        rhoB = rho;
        pBF = pFF;
        res = build(depth, 1);
        zF = clone(z);
        [rhoF, pFB, pFF] = [res[2], res[5], res[6]];
      } else {
        z = clone(zB);
        rhoF = rho;
        pFB = pBB;
        res = build(depth, -1);
        zB = clone(z);
        [rhoB, pBF, pBB] = [res[2], res[5], res[6]];
      }
      if (!res[0]) break;
      depth++;
      if (res[1] > lsw || rng.uniform() < Math.exp(res[1] - lsw)) sample = clone(res[7]);
      lsw = logSumExp(lsw, res[1]);
      rho = add(rhoB, rhoF);
      let ok = dot(pBB, rho) > 0 && dot(pFF, rho) > 0;
      const e1 = add(rhoB, pFB);
      ok = dot(pFB, e1) > 0 && dot(pBB, e1) > 0 && ok;
      const e2 = add(rhoF, pBF);
      ok = dot(pFF, e2) > 0 && dot(pBF, e2) > 0 && ok;
      if (!ok) break;
    }
    z = sample;
    out.push({ q: [...z.q], accept: sumMetro / nLeapfrog, depth, nLeapfrog, divergent, energy: H(z) });
  }
  return { eps, draws: out };
}
