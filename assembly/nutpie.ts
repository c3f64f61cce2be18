// nutpie's warmup (nuts-rs adapt_strategy.rs GlobalStrategy with the diagonal draw/gradient metric): the metric
// is re-estimated after every draw from the foreground estimate; the background estimate replaces it every
// NUTPIE_EARLY_SWITCH draws in the early phase, then in windows growing from NUTPIE_SWITCH by NUTPIE_WINDOW_GROWTH;
// the last NUTPIE_STEP_SIZE_WINDOW of warmup tunes only the step size. Step size: nuts-rs's search at the start
// and at the first metric change, then dual averaging of the mean acceptance (the symmetric one once late),
// every step size jittered. Nothing is allocated after nutpieSetup.
import { NUTPIE_INIT_STEPSIZE, NUTPIE_JITTER, NUTPIE_DIVERGENT_MIN_INDEX, MAX_DELTA_H } from './defaults';
import { allocF64 } from './memory';
import { rngUniform } from './rng';
import { pQ, pG, copyPoint, hamiltonian, samplePMomentum } from './point';
import { leapfrog } from './leapfrog';
import {
  gradMetricSetup, gradMetricAdd, gradMetricSwitch, gradMetricUpdate, gradMetricFromGradient, gradMetricBackgroundCount,
} from './grad-metric';
import { ndaReset, ndaAdvance, ndaCurrent, ndaAdapted } from './stepsize-nutpie';
import { nutpieWindowsSetup, nutpieWindowsRestart, nutpieMetricPhase, nutpieWindowStep, nutpieLate } from './nutpie-windows';

let dim: i32 = 0;
let minv: usize = 0;
let nTune: i32 = 0;
let lastUpdate: i32 = 0;
let initialMetric: bool = true;
let target: f64 = 0.8;
let buffers: usize = 0; // the estimates' 8 x dim f64

export function nutpieSetup(d: i32, warmup: i32, metric: usize, targetAccept: f64): void {
  dim = d;
  minv = metric;
  nTune = max(warmup, 0);
  nutpieWindowsSetup(nTune);
  target = targetAccept;
  buffers = allocF64(8 * d);
}

/** From the point z (q, V, g valid): the metric 1/|g|, z as the estimates' first draw, the step-size search.
 *  Returns the first step size (a searched step size is used as found, without jitter, as in nuts-rs). */
export function nutpieStart(z: usize, scratch: usize): f64 {
  gradMetricSetup(dim, buffers);
  nutpieWindowsRestart();
  lastUpdate = 0;
  initialMetric = true;
  gradMetricAdd(pQ(z), pG(z));
  gradMetricFromGradient(minv, pG(z));
  ndaReset(NUTPIE_INIT_STEPSIZE);
  return searchStepSize(z, scratch);
}

function jitter(eps: f64): f64 {
  return eps * (1.0 - NUTPIE_JITTER + 2.0 * NUTPIE_JITTER * rngUniform());
}

/** Acceptance min(1, e^(H0 - H)) of one leapfrog of size eps from scratch (kept, momentum included) into z; -1 if
 *  the step diverges (energy error above MAX_DELTA_H or not finite). */
function trial(z: usize, scratch: usize, h0: f64, eps: f64): f64 {
  copyPoint(z, scratch);
  leapfrog(z, minv, eps, dim);
  const h = hamiltonian(z, minv);
  if (!(h - h0 <= MAX_DELTA_H)) return -1;
  return h0 - h > 0 ? 1.0 : Math.exp(h0 - h);
}

/** nuts-rs's step-size search: one fresh momentum, leapfrogs from z doubling (or halving) eps from
 *  NUTPIE_INIT_STEPSIZE until the acceptance crosses the target; dual averaging restarts there. A divergent
 *  trial gives up at NUTPIE_INIT_STEPSIZE without a restart. z is restored. Departure: nuts-rs takes the halving
 *  trials backward (in effect with the mirrored momentum); here every trial goes forward, so the trial at the
 *  first eps repeats the first one. Kept so the README's measured figures stay reproducible. */
function searchStepSize(z: usize, scratch: usize): f64 {
  samplePMomentum(z, minv);
  copyPoint(scratch, z);
  const h0 = hamiltonian(z, minv);
  let eps = NUTPIE_INIT_STEPSIZE;
  let found = false;
  let a = trial(z, scratch, h0, eps);
  if (a >= 0) {
    const forward = a > target;
    for (let k = 0; k < 100; k++) {
      a = trial(z, scratch, h0, eps);
      if (a < 0) break;
      if (forward ? (a <= target || eps > 1e5) : (a >= target || eps < 1e-10)) {
        found = true;
        break;
      }
      eps = forward ? 2 * eps : 0.5 * eps;
    }
  }
  copyPoint(z, scratch);
  if (!found) return NUTPIE_INIT_STEPSIZE;
  ndaReset(eps);
  return eps;
}

/** After warmup transition `draw` (0-based) that left the chain at z: updates estimates, metric and step size;
 *  returns the next step size. accept / acceptSym are the transition's mean and symmetric acceptance,
 *  divergent and sampleIdx (its index in the trajectory) decide whether the draw informs the metric. */
export function nutpieAdapt(draw: i32, z: usize, scratch: usize, accept: f64, acceptSym: f64, divergent: bool, sampleIdx: i32): f64 {
  if (!nutpieMetricPhase(draw)) {
    // Step size only.
    ndaAdvance(acceptSym, target);
    return jitter(draw == nTune - 1 ? ndaAdapted() : ndaCurrent());
  }
  const bgBefore = gradMetricBackgroundCount();
  const good = divergent ? abs(sampleIdx) > NUTPIE_DIVERGENT_MIN_INDEX : sampleIdx != 0;
  if (good) gradMetricAdd(pQ(z), pG(z));
  const force = nutpieWindowStep(draw, bgBefore, gradMetricBackgroundCount());
  if (force) gradMetricSwitch();
  let changed = false;
  if (force || draw - lastUpdate >= 1) changed = gradMetricUpdate(minv);
  if (changed) lastUpdate = draw;
  ndaAdvance(nutpieLate ? acceptSym : accept, target);
  if (changed && initialMetric) {
    // The first estimated metric replaces 1/|g|: search the step size again from here.
    initialMetric = false;
    return searchStepSize(z, scratch);
  }
  return jitter(ndaCurrent());
}

/** The step size of a sampling transition: the averaged one, jittered afresh each time. */
export function nutpieSamplingStep(): f64 {
  return jitter(ndaAdapted());
}

/** The averaged step size without jitter (what the chain reports). */
export function nutpieNominalStep(): f64 {
  return ndaAdapted();
}
