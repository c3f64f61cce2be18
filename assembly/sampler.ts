// The exported sampler API (docs/CONTRACTS.md "Sampler WASM exports"): Stan's adapt_diag_e_nuts for one chain,
// or the same NUTS transition with nutpie's warmup (assembly/nutpie.ts) when samplerInit's adaptation is ADAPT_NUTPIE.
import { N_STATS, INIT_STEPSIZE, ADAPT_NUTPIE } from './defaults';
import { allocF64 } from './memory';
import { targetDim } from './dispatch';
import { rngSeed } from './rng';
import { pointSetup, newPoint, pQ, pV } from './point';
import { evaluate, gradients, resetGradients } from './leapfrog';
import { drawInits, pointIsFinite, initStepSize } from './init';
import {
  nutsSetup, nutsTransition, nutsTrackSymmetric, outAccept, outAcceptSym, outSampleIdx, outDepth, outLeapfrog, outDivergent, outEnergy,
} from './nuts';
import { nutpieSetup, nutpieStart, nutpieAdapt, nutpieSamplingStep, nutpieNominalStep } from './nutpie';
import { daSetDelta, daSetMu, daRestart, daLearn, daFinal } from './stepsize';
import { welfordSetup, welfordAdd, welfordMetric, welfordRestart } from './metric';
import { windowsSetup, windowsStep } from './windows';
import { vcopy } from './vec';

let dim: i32 = 0;
let nWarmup: i32 = 0;
let nDraws: i32 = 0;
let iteration: i32 = 0;
let divergences: i32 = 0;
let warmupDivergences: i32 = 0;
let stepSize: f64 = INIT_STEPSIZE;
let ready: bool = false;
let nutpie: bool = false;

let current: usize = 0; // the chain's point
let scratch: usize = 0; // init_stepsize's saved point
let minv: usize = 0; // inverse metric diagonal
let minvNext: usize = 0; // candidate metric at a window end
let drawsBuf: usize = 0;
let statsBuf: usize = 0;

/** Allocates every buffer of the chain, draws inits and runs init_stepsize (nutpie: its own start). 0 ok, -1 no
 *  finite init, -2 no target, -3 unknown adaptation. `adaptation`: ADAPT_STAN (0, also when the host omits it) or
 *  ADAPT_NUTPIE. */
export function samplerInit(seed: u32, chain: i32, warmup: i32, draws: i32, delta: f64, maxDepth: i32, adaptation: i32): i32 {
  dim = targetDim();
  ready = false;
  if (dim <= 0) return -2;
  if (adaptation != 0 && adaptation != ADAPT_NUTPIE) return -3;
  nutpie = adaptation == ADAPT_NUTPIE;
  nWarmup = max(warmup, 0);
  nDraws = max(draws, 0);
  iteration = 0;
  divergences = 0;
  warmupDivergences = 0;
  resetGradients();
  rngSeed(seed, chain);
  pointSetup(dim);
  current = newPoint();
  scratch = newPoint();
  minv = allocF64(dim);
  minvNext = allocF64(dim);
  for (let i = 0; i < dim; i++) store<f64>(minv + ((<usize>i) << 3), 1.0);
  drawsBuf = allocF64(nDraws * dim);
  statsBuf = allocF64(N_STATS * nDraws);
  welfordSetup(dim, allocF64(dim), allocF64(dim));
  windowsSetup(nWarmup);
  nutsSetup(dim, maxDepth > 0 ? maxDepth : 10, minv, current);
  nutsTrackSymmetric(nutpie);
  if (nutpie) {
    nutpieSetup(dim, nWarmup, minv, delta);
    if (!drawInits(current, dim)) return -1;
    stepSize = nutpieStart(current, scratch);
    ready = true;
    return 0;
  }
  daSetDelta(delta);
  daRestart();
  // Stan sets mu from the user's initial step size (1), before init_stepsize runs.
  daSetMu(Math.log(10.0 * INIT_STEPSIZE));
  if (!drawInits(current, dim)) return -1;
  stepSize = initStepSize(current, scratch, minv, INIT_STEPSIZE, dim);
  ready = true;
  return 0;
}

/** Replaces the random inits with the host's (dim f64 at ptr) and re-runs init_stepsize. */
export function samplerSetInit(ptr: usize): void {
  if (dim <= 0 || current == 0) return;
  vcopy(pQ(current), ptr, dim);
  evaluate(current);
  ready = pointIsFinite(current, dim);
  if (nutpie) {
    if (ready) stepSize = nutpieStart(current, scratch);
    return;
  }
  stepSize = initStepSize(current, scratch, minv, INIT_STEPSIZE, dim);
}

@inline
function statAt(stat: i32, i: i32): usize {
  return statsBuf + ((<usize>(stat * nDraws + i)) << 3);
}

function adapt(): void {
  stepSize = daLearn(outAccept);
  const w = windowsStep();
  if (w >= 1) welfordAdd(pQ(current));
  if (w == 2) {
    // Stan aborts on a non-finite estimate; we keep the previous metric instead of sampling with NaN.
    vcopy(minvNext, minv, dim);
    if (welfordMetric(minvNext)) vcopy(minv, minvNext, dim);
    welfordRestart();
    // New metric: re-tune the step size from scratch, as Stan does.
    stepSize = initStepSize(current, scratch, minv, stepSize, dim);
    daSetMu(Math.log(10.0 * stepSize));
    daRestart();
  }
}

/** Runs up to maxIterations more iterations; returns iterations done so far (warmup + sampling). */
export function samplerRun(maxIterations: i32): i32 {
  if (!ready) return iteration;
  const total = nWarmup + nDraws;
  const stop = min(total, iteration + max(maxIterations, 0));
  while (iteration < stop) {
    const eps = stepSize;
    nutsTransition(eps);
    if (outDivergent) {
      divergences++;
      if (iteration < nWarmup) warmupDivergences++;
    }
    if (nutpie) {
      stepSize = iteration < nWarmup
        ? nutpieAdapt(iteration, current, scratch, outAccept, outAcceptSym, outDivergent, outSampleIdx)
        : nutpieSamplingStep();
    } else if (iteration < nWarmup) {
      adapt();
      if (iteration == nWarmup - 1) stepSize = daFinal();
    }
    if (iteration >= nWarmup) {
      const i = iteration - nWarmup;
      vcopy(drawsBuf + ((<usize>(i * dim)) << 3), pQ(current), dim);
      store<f64>(statAt(0, i), outAccept);
      store<f64>(statAt(1, i), eps);
      store<f64>(statAt(2, i), <f64>outDepth);
      store<f64>(statAt(3, i), <f64>outLeapfrog);
      store<f64>(statAt(4, i), outDivergent ? 1.0 : 0.0);
      store<f64>(statAt(5, i), outEnergy);
      store<f64>(statAt(6, i), -pV(current));
    }
    iteration++;
  }
  return iteration;
}

export function samplerIteration(): i32 {
  return iteration;
}

export function samplerDivergences(): i32 {
  return divergences;
}

/** The adapted step size (nutpie: the averaged one; its transitions jitter it by up to NUTPIE_JITTER). */
export function samplerStepSize(): f64 {
  return nutpie && iteration >= nWarmup ? nutpieNominalStep() : stepSize;
}

export function samplerGradients(): f64 {
  return gradients();
}

export function samplerDim(): i32 {
  return dim;
}

export function samplerDrawsPtr(): usize {
  return drawsBuf;
}

export function samplerStatsPtr(): usize {
  return statsBuf;
}

export function samplerMetricPtr(): usize {
  return minv;
}

/** Divergent transitions during warmup (counted as they happen, so a progress report never has to guess the split). */
export function samplerWarmupDivergences(): i32 {
  return warmupDivergences;
}
