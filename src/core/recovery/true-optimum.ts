// The best plan under the TRUE response, with the optimizer's constraints (fixed total, per-channel box): pairwise
// exchange of budget between channels with a shrinking step, from several starts. Derivative-free, so it also
// handles the S-shaped (Hill) curves and synergy; the truth is cheap to evaluate.

export interface BoxProblem {
  names: string[];
  lo: number[];
  hi: number[];
  /** Total per period: sum of the plan. */
  total: number;
}

function exchange(f: (s: number[]) => number, p: BoxProblem, start: number[]): { s: number[]; value: number } {
  const s = [...start];
  let best = f(s);
  const C = s.length;
  for (let step = p.total / 4; step > p.total * 1e-7; step /= 2) {
    let improved = true;
    while (improved) {
      improved = false;
      for (let i = 0; i < C; i++) {
        for (let j = 0; j < C; j++) {
          if (i === j) continue;
          const d = Math.min(step, s[i] - p.lo[i], p.hi[j] - s[j]);
          if (!(d > 0)) continue;
          s[i] -= d; s[j] += d;
          const v = f(s);
          if (v > best + 1e-12 * Math.abs(best)) { best = v; improved = true; } else { s[i] += d; s[j] -= d; }
        }
      }
    }
  }
  return { s, value: best };
}

/** The best feasible plan found from the given feasible starts. */
export function trueOptimum(response: (plan: Record<string, number>) => number, p: BoxProblem, starts: number[][]): { plan: Record<string, number>; value: number } {
  const f = (s: number[]) => response(Object.fromEntries(p.names.map((n, i) => [n, s[i]])));
  let best: { s: number[]; value: number } | null = null;
  for (const st of starts) {
    const r = exchange(f, p, st);
    if (!best || r.value > best.value) best = r;
  }
  return { plan: Object.fromEntries(p.names.map((n, i) => [n, best!.s[i]])), value: best!.value };
}
