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
