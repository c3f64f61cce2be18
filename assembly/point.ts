// A phase-space point (Stan's ps_point) in linear memory and the diagonal-metric Hamiltonian on it.
// Layout of one point: [V, q(dim), p(dim), g(dim)] f64, where V = -log p(q) and g = d log p / d q.
import { logDensityGrad } from './dispatch';
import { allocF64 } from './memory';
import { ld, st } from './vec';
import { rngNormal } from './rng';

let dim: i32 = 0;
let pointBytes: usize = 0;

export function pointSetup(d: i32): void {
  dim = d;
  pointBytes = (<usize>(1 + 3 * d)) << 3;
}

export function newPoint(): usize {
  return allocF64(1 + 3 * dim);
}

@inline export function pV(z: usize): f64 { return load<f64>(z); }
@inline export function pQ(z: usize): usize { return z + 8; }
@inline export function pP(z: usize): usize { return z + 8 + ((<usize>dim) << 3); }
@inline export function pG(z: usize): usize { return z + 8 + ((<usize>dim) << 4); }

export function copyPoint(dst: usize, src: usize): void {
  memory.copy(dst, src, pointBytes);
}

/** Recomputes V and the gradient at z's position; a non-finite or NaN density becomes V = +inf. */
export function updatePotential(z: usize): void {
  let lp = logDensityGrad(pQ(z), pG(z));
  if (!(lp > -Infinity) || lp == Infinity) lp = -Infinity;
  store<f64>(z, -lp);
}

/** Kinetic energy 0.5 p' M^-1 p for the diagonal inverse metric minv. */
export function kinetic(z: usize, minv: usize): f64 {
  const p = pP(z);
  let s: f64 = 0;
  for (let i = 0; i < dim; i++) {
    const pi = ld(p, i);
    s += pi * (ld(minv, i) * pi);
  }
  return 0.5 * s;
}

/** H = T + V; NaN counts as +inf so it is treated as a divergence, never propagated. */
export function hamiltonian(z: usize, minv: usize): f64 {
  const h = kinetic(z, minv) + pV(z);
  return isNaN(h) ? Infinity : h;
}

/** p ~ N(0, M): p_i = z_i / sqrt(minv_i). */
export function samplePMomentum(z: usize, minv: usize): void {
  const p = pP(z);
  for (let i = 0; i < dim; i++) st(p, i, rngNormal() / Math.sqrt(ld(minv, i)));
}

/** p# = M^-1 p (Stan's dtau_dp), written to out. */
export function pSharp(out: usize, p: usize, minv: usize): void {
  for (let i = 0; i < dim; i++) st(out, i, ld(minv, i) * ld(p, i));
}
