// Rank normalisation (Vehtari et al. 2021): average ranks over all draws, then normal scores; folding for tails.
import { median, normalQuantile } from '../stats';
import { pooled, type Chains } from './draws-matrix';

/** Ranks with ties averaged, over every draw of every chain (R's rank(ties.method = "average")). */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b]);
  const r = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && values[idx[j + 1]] === values[idx[i]]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) r[idx[k]] = avg;
    i = j + 1;
  }
  return r;
}

function reshape(flat: Float64Array, like: Chains): Float64Array[] {
  const out: Float64Array[] = [];
  let k = 0;
  for (const c of like) {
    out.push(flat.slice(k, k + c.length));
    k += c.length;
  }
  return out;
}

/** posterior's z_scale: qnorm((rank - 3/8) / (S - 3/4 + 1)), chains keep their shape. */
export function zScale(chains: Chains): Float64Array[] {
  const flat = pooled(chains);
  const r = averageRanks(flat);
  const s = flat.length;
  const c = 3 / 8;
  for (let i = 0; i < s; i++) r[i] = normalQuantile((r[i] - c) / (s - 2 * c + 1));
  return reshape(r, chains);
}

/** posterior's fold_draws: |x - median(x)| over all draws. */
export function foldDraws(chains: Chains): Float64Array[] {
  const med = median(pooled(chains));
  return chains.map((c) => Float64Array.from(c as ArrayLike<number>, (v) => Math.abs(v - med)));
}
