// Stan-style initial values and the init_stepsize heuristic (base_hmc.hpp).
import { INIT_RADIUS, INIT_TRIES } from './defaults';
import { rngUniform } from './rng';
import { pQ, pG, pV, copyPoint, hamiltonian, samplePMomentum } from './point';
import { evaluate, leapfrog } from './leapfrog';
import { ld, st } from './vec';

/** A point is a usable start if its density and every gradient entry are finite. */
export function pointIsFinite(z: usize, dim: i32): bool {
  if (!isFinite(pV(z))) return false;
  const g = pG(z);
  for (let i = 0; i < dim; i++) if (!isFinite(ld(g, i))) return false;
  return true;
}

/** Draws q ~ uniform(-2, 2)^dim until density and gradient are finite; false after INIT_TRIES failures. */
export function drawInits(z: usize, dim: i32): bool {
  const q = pQ(z);
  for (let t = 0; t < INIT_TRIES; t++) {
    for (let i = 0; i < dim; i++) st(q, i, INIT_RADIUS * (2.0 * rngUniform() - 1.0));
    evaluate(z);
    if (pointIsFinite(z, dim)) return true;
  }
  return false;
}

const LOG_08: f64 = -0.2231435513142097; // log(0.8)

/** One fresh-momentum leapfrog from z0 (restored into z) and its energy change H0 - h. */
function trialDeltaH(z: usize, z0: usize, minv: usize, eps: f64, dim: i32): f64 {
  copyPoint(z, z0);
  samplePMomentum(z, minv);
  const h0 = hamiltonian(z, minv);
  leapfrog(z, minv, eps, dim);
  const h = hamiltonian(z, minv);
  return h0 - h;
}

/** Doubles or halves eps until one leapfrog's acceptance crosses 0.8 (Stan's init_stepsize); z is restored. */
export function initStepSize(z: usize, scratch: usize, minv: usize, eps0: f64, dim: i32): f64 {
  let eps = eps0;
  if (eps == 0 || eps > 1e7 || isNaN(eps)) return eps;
  copyPoint(scratch, z);
  const direction: i32 = trialDeltaH(z, scratch, minv, eps, dim) > LOG_08 ? 1 : -1;
  while (true) {
    const dH = trialDeltaH(z, scratch, minv, eps, dim);
    if (direction == 1 && !(dH > LOG_08)) break;
    if (direction == -1 && !(dH < LOG_08)) break;
    eps = direction == 1 ? 2 * eps : 0.5 * eps;
    // Stan throws here (improper posterior / no acceptable step); we stop and let sampling report divergences.
    if (eps > 1e7 || eps == 0) break;
  }
  copyPoint(z, scratch);
  return eps;
}
