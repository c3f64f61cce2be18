// Host-facing hooks that expose sampler parts to unit tests (test/sampler/); not used by the hosts.
import { windowsSetup, windowsStep } from './windows';
import { nutpieWindowsSetup, nutpieMetricPhase, nutpieWindowStep } from './nutpie-windows';
import { welfordSetup, welfordAdd, welfordVariance } from './metric';
import { computeCriterion } from './nuts';
import { daSetDelta, daSetMu, daRestart, daLearn, daFinal } from './stepsize';
import { rngSeed, rngUniform, rngNormal } from './rng';
import { allocF64 } from './memory';
import { AD_GEOMETRIC, adstockApply, adstockVjp } from './mmm/adstock';

/** Writes the 1-based warmup iterations at which the metric is updated; returns how many. */
export function testWindowEnds(warmup: i32, out: usize): i32 {
  windowsSetup(warmup);
  let n = 0;
  for (let i = 0; i < warmup; i++) {
    if (windowsStep() == 2) {
      store<f64>(out + ((<usize>n) << 3), <f64>(i + 1));
      n++;
    }
  }
  return n;
}

/** nutpie's schedule when every draw informs the metric (the init's draw counted, as in a chain): writes the 0-based
 *  warmup draws at which the background estimate becomes the foreground; returns how many. */
export function testNutpieSwitches(warmup: i32, out: usize): i32 {
  nutpieWindowsSetup(warmup);
  let bg: f64 = 1;
  let n = 0;
  for (let d = 0; d < warmup && nutpieMetricPhase(d); d++) {
    if (nutpieWindowStep(d, bg, bg + 1)) {
      store<f64>(out + ((<usize>n) << 3), <f64>d);
      n++;
      bg = 0;
    } else {
      bg += 1;
    }
  }
  return n;
}

/** Welford variance of n rows of a row-major n x d matrix, written to out (d f64). */
export function testWelford(x: usize, n: i32, d: i32, out: usize): void {
  welfordSetup(d, allocF64(d), allocF64(d));
  for (let i = 0; i < n; i++) welfordAdd(x + ((<usize>(i * d)) << 3));
  welfordVariance(out);
}

export function testCriterion(pSharpMinus: usize, pSharpPlus: usize, rho: usize, d: i32): bool {
  return computeCriterion(pSharpMinus, pSharpPlus, rho, d);
}

/** Dual averaging on a toy acceptance curve accept(eps) = exp(-eps^2 / scale); returns the final step size. */
export function testDualAveraging(delta: f64, scale: f64, iters: i32): f64 {
  daSetDelta(delta);
  daSetMu(Math.log(10.0));
  daRestart();
  let eps: f64 = 1.0;
  for (let i = 0; i < iters; i++) eps = daLearn(Math.exp(-eps * eps / scale));
  return daFinal();
}

export function testRng(seed: u32, chain: i32, n: i32, out: usize, normal: bool): void {
  rngSeed(seed, chain);
  for (let i = 0; i < n; i++) store<f64>(out + ((<usize>i) << 3), normal ? rngNormal() : rngUniform());
}

/** AssemblyScript's own log, so the reference sampler's normals are bit-identical to the WASM stream. */
export function testLog(x: f64): f64 {
  return Math.log(x);
}

/** Geometric adstock as the density computes it (the O(T) recursion): out (n) = a. */
export function testAdstockGeometric(lmax: i32, alpha: f64, x: usize, n: i32, out: usize): void {
  adstockApply(AD_GEOMETRIC, lmax, alpha, x, n, 0, out);
}

/** Its VJP as the density computes it: dL/dalpha given ga = dL/da (n). */
export function testAdstockGeometricVjp(lmax: i32, alpha: f64, x: usize, n: i32, ga: usize): f64 {
  return adstockVjp(AD_GEOMETRIC, lmax, alpha, x, n, ga, 0, 0, 0);
}
