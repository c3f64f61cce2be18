// The budget-and-bounds projection is exact: it matches a brute-force enumeration of active sets.
import { describe, expect, it } from 'vitest';
import { projectBudget } from '../../src/core/optimizer/projection';
import { createRng } from '../../src/core/stats';

/** Brute force: every assignment of each coordinate to lower/upper/free; free ones share tau. */
function bruteForce(y: number[], lo: number[], hi: number[], b: number, w: number[]): number[] {
  const n = y.length;
  let best: number[] | null = null, bestD = Infinity;
  for (let code = 0; code < 3 ** n; code++) {
    const st: number[] = [];
    for (let i = 0, c = code; i < n; i++, c = Math.floor(c / 3)) st.push(c % 3);
    const x = new Array(n).fill(0);
    let fixed = 0, sumY = 0, sumInvW = 0;
    st.forEach((s, i) => {
      if (s === 0) { x[i] = lo[i]; fixed += lo[i]; } else if (s === 1) { x[i] = hi[i]; fixed += hi[i]; } else { sumY += y[i]; sumInvW += 1 / w[i]; }
    });
    if (sumInvW === 0) { if (Math.abs(fixed - b) > 1e-9) continue; } else {
      const tau = (sumY + fixed - b) / sumInvW;
      st.forEach((s, i) => { if (s === 2) x[i] = y[i] - tau / w[i]; });
    }
    if (x.some((v, i) => v < lo[i] - 1e-9 || v > hi[i] + 1e-9)) continue;
    const d = x.reduce((a, v, i) => a + w[i] * (v - y[i]) ** 2, 0);
    if (d < bestD) { bestD = d; best = x; }
  }
  return best!;
}

describe('projectBudget', () => {
  it('equals the brute-force projection on random cases (weighted and unweighted)', () => {
    const r = createRng(7).next;
    for (let k = 0; k < 300; k++) {
      const n = 1 + Math.floor(r() * 5);
      const lo = Array.from({ length: n }, () => (r() < 0.3 ? 0 : r() * 2));
      const hi = lo.map((l) => (r() < 0.15 ? l : l + r() * 3)); // some degenerate lo = hi
      const y = Array.from({ length: n }, () => (r() - 0.3) * 6);
      const sLo = lo.reduce((a, b) => a + b, 0), sHi = hi.reduce((a, b) => a + b, 0);
      const b = sLo + r() * (sHi - sLo);
      const w = k % 2 ? Array.from({ length: n }, () => 0.2 + r() * 3) : new Array(n).fill(1);
      const x = projectBudget(y, lo, hi, b, w);
      const ref = bruteForce(y, lo, hi, b, w);
      x.forEach((v, i) => expect(v).toBeCloseTo(ref[i], 9));
      expect(x.reduce((a, v) => a + v, 0)).toBeCloseTo(b, 9);
    }
  });

  it('handles ties and points already feasible', () => {
    expect(Array.from(projectBudget([1, 1, 1], [0, 0, 0], [5, 5, 5], 6))).toEqual([2, 2, 2]);
    expect(Array.from(projectBudget([2, 2, 2], [0, 0, 0], [5, 5, 5], 6))).toEqual([2, 2, 2]);
    const x = projectBudget([0.5, 0.5, 3], [0, 0, 0], [1, 1, 1], 2);
    expect(Array.from(x).map((v) => +v.toFixed(12))).toEqual([0.5, 0.5, 1]);
  });

  it('handles degenerate bounds and budgets at the extremes', () => {
    expect(Array.from(projectBudget([9, -9], [1, 2], [1, 2], 3))).toEqual([1, 2]);
    expect(Array.from(projectBudget([9, -9, 0], [0, 0, 0], [1, 2, 3], 6))).toEqual([1, 2, 3]);
    expect(Array.from(projectBudget([9, -9, 0], [1, 0.5, 0], [2, 2, 3], 1.5))).toEqual([1, 0.5, 0]);
  });

  it('rejects a budget outside the bounds and crossed bounds', () => {
    expect(() => projectBudget([1, 1], [0, 0], [1, 1], 3)).toThrow(/outside/);
    expect(() => projectBudget([1, 1], [2, 0], [1, 1], 1)).toThrow(/min 2 above max 1/);
  });
});
