// Draws of one scalar as chains (columns of posterior's iterations x chains matrix), and their pooled, flat view.
export type Chains = ArrayLike<number>[];

export function pooled(chains: Chains): Float64Array {
  let n = 0;
  for (const c of chains) n += c.length;
  const out = new Float64Array(n);
  let k = 0;
  for (const c of chains) for (let i = 0; i < c.length; i++) out[k++] = c[i];
  return out;
}

/** True when posterior would return NA: any non-finite value, or (near-)constant draws. */
export function shouldReturnNaN(chains: Chains): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of chains) {
    for (let i = 0; i < c.length; i++) {
      const v = c[i];
      if (!Number.isFinite(v)) return true;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return !(Math.abs(hi - lo) >= Number.EPSILON);
}

/** posterior's .split_chains: each chain's first floor(n/2) and last floor(n/2) draws (an odd middle draw is dropped). */
export function splitChains(chains: Chains): Float64Array[] {
  const out: Float64Array[] = [];
  for (const c of chains) {
    const n = c.length;
    if (n === 1) {
      out.push(Float64Array.from(c as ArrayLike<number>));
      continue;
    }
    const half = Math.floor(n / 2);
    out.push(Float64Array.from({ length: half }, (_, i) => c[i]));
    const start = Math.ceil(n / 2 + 1) - 1;
    out.push(Float64Array.from({ length: n - start }, (_, i) => c[start + i]));
  }
  return out;
}

export function mapChains(chains: Chains, f: (v: number) => number): Float64Array[] {
  return chains.map((c) => Float64Array.from(c as ArrayLike<number>, f));
}
