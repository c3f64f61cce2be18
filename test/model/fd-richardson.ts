import { relErr } from './helpers';

// Central differences with Richardson's extrapolation: (4 D(h/2) - D(h)) / 3 cancels the h^2 term, leaving O(h^4)
// truncation, so a step large enough to keep roundoff (~1e-16 |f| / h) small is still exact enough.
export function richardson(f: (q: number[]) => number, q: number[], i: number, h: number): number {
  const central = (step: number) => {
    const qp = q.slice(); qp[i] += step;
    const qm = q.slice(); qm[i] -= step;
    return (f(qp) - f(qm)) / (2 * step);
  };
  return (4 * central(h / 2) - central(h)) / 3;
}

/**
 * Throws naming the first parameter whose analytic gradient differs from Richardson's central differences by 1e-6
 * or more (relative, floor 1). Central differences carry ~1e-16 |lp| / h roundoff, and in effect coordinates a random
 * q gives lp = O(1e5): h = 1e-3 (scaled by |q_i|) keeps roundoff ~2e-8 and truncation O(h^4) ~1e-12.
 */
export function checkGradient(lp: (q: number[]) => number, q: number[], grad: ArrayLike<number>, names: string[]): void {
  for (let i = 0; i < q.length; i++) {
    const fd = richardson(lp, q, i, 1e-3 * Math.max(1, Math.abs(q[i])));
    if (relErr(grad[i], fd) >= 1e-6) throw new Error(`${names[i]}: analytic ${grad[i]} vs finite difference ${fd}`);
  }
}
