// The explicit leapfrog (velocity Verlet) step of Stan's expl_leapfrog for a diagonal metric.
import { pQ, pP, pG, updatePotential } from './point';
import { ld, st } from './vec';

let gradientCount: f64 = 0;

/** Gradient evaluations so far (leapfrogs plus init / step-size heuristic evaluations). */
export function gradients(): f64 {
  return gradientCount;
}

export function resetGradients(): void {
  gradientCount = 0;
}

/** Counted wrapper of updatePotential: every density+gradient evaluation goes through here. */
export function evaluate(z: usize): void {
  updatePotential(z);
  gradientCount += 1;
}

export function leapfrog(z: usize, minv: usize, eps: f64, dim: i32): void {
  const q = pQ(z);
  const p = pP(z);
  const g = pG(z);
  const half = 0.5 * eps;
  for (let i = 0; i < dim; i++) st(p, i, ld(p, i) + half * ld(g, i));
  for (let i = 0; i < dim; i++) st(q, i, ld(q, i) + eps * (ld(minv, i) * ld(p, i)));
  evaluate(z);
  for (let i = 0; i < dim; i++) st(p, i, ld(p, i) + half * ld(g, i));
}
