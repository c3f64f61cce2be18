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

/** One leapfrog step of size eps; returns the new kinetic energy (computed in the final half kick's pass). */
export function leapfrog(z: usize, minv: usize, eps: f64, dim: i32): f64 {
  const q = pQ(z);
  const p = pP(z);
  const g = pG(z);
  const half = 0.5 * eps;
  // Half kick and drift fused per coordinate (elementwise, so the results are those of two passes).
  for (let i = 0; i < dim; i++) {
    const pi = ld(p, i) + half * ld(g, i);
    st(p, i, pi);
    st(q, i, ld(q, i) + eps * (ld(minv, i) * pi));
  }
  evaluate(z);
  let t: f64 = 0;
  for (let i = 0; i < dim; i++) {
    const pi = ld(p, i) + half * ld(g, i);
    st(p, i, pi);
    t += pi * (ld(minv, i) * pi);
  }
  return 0.5 * t;
}
