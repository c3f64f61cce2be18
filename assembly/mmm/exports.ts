// Host-facing test hooks of the MMM components (finite-difference tests call these); owned by the model work.
import { ld, st } from './buf';
import { adstockWeights, adstockForward, adstockBackwardWeights, adstockBackwardParams, adstockDTheta } from './adstock';
import { satEval, satDa, satDp1, satDp2 } from './saturation';
import { priorLogpdf, priorDx } from './priors';
import { constrainValue, trDx, trLogJ, trDLogJ } from './transforms';
import { lgamma, digamma } from './special';
import { liftTerm, liftDBeta, liftDp1, liftDp2 } from './lift';
import { normalLik, studentLik, likDSigma, likDNu } from './likelihood';
import { dim, nC, useRoi, satCoords, meanLevel, parTab, chTab, PAR_SLOTS, CH_SLOTS } from './blob';
import { densityLogGrad, densityBetaPtr, densityIntercept } from './density';

/** Adstock forward: out[t] = convolution of x (n) with the normalised weights (w: lmax scratch, 3*lmax). */
export function mmmTestAdstock(kind: i32, lmax: i32, alpha: f64, theta: f64, x: usize, n: i32, scratch: usize, out: usize): void {
  const w = scratch, wa = scratch + (<usize>lmax << 3), wt = scratch + (<usize>(2 * lmax) << 3);
  adstockWeights(kind, lmax, alpha, theta, w, wa, wt);
  adstockForward(x, n, w, lmax, out);
}

/** Adstock VJP: given ga (n), writes [dL/dalpha, dL/dtheta] into out2 (scratch: 4*lmax). */
export function mmmTestAdstockVjp(kind: i32, lmax: i32, alpha: f64, theta: f64, x: usize, n: i32, ga: usize, scratch: usize, out2: usize): void {
  const w = scratch, wa = scratch + (<usize>lmax << 3), wt = scratch + (<usize>(2 * lmax) << 3), gw = scratch + (<usize>(3 * lmax) << 3);
  adstockWeights(kind, lmax, alpha, theta, w, wa, wt);
  adstockBackwardWeights(x, n, lmax, ga, gw);
  st(out2, 0, adstockBackwardParams(lmax, gw, wa, wt));
  st(out2, 1, adstockDTheta);
}

/** Saturation at a with beta = 1; writes [f, df/da, df/dp1, df/dp2] into out4. */
export function mmmTestSaturation(kind: i32, p1: f64, p2: f64, a: f64, out4: usize): void {
  st(out4, 0, satEval(kind, p1, p2, a));
  st(out4, 1, satDa); st(out4, 2, satDp1); st(out4, 3, satDp2);
}

/** Prior log density at x and its derivative: writes [logp, dlogp/dx] into out2. */
export function mmmTestPrior(dist: i32, p1: f64, p2: f64, p3: f64, p4: f64, x: f64, out2: usize): void {
  st(out2, 0, priorLogpdf(dist, p1, p2, p3, p4, x));
  st(out2, 1, priorDx);
}

/** Transform: writes [x, dx/dq, logJ, dlogJ/dq] into out4. */
export function mmmTestTransform(kind: i32, lo: f64, hi: f64, q: f64, out4: usize): void {
  st(out4, 0, constrainValue(kind, lo, hi, q));
  st(out4, 1, trDx); st(out4, 2, trLogJ); st(out4, 3, trDLogJ);
}

export function mmmTestLgamma(x: f64): f64 {
  return lgamma(x);
}

export function mmmTestDigamma(x: f64): f64 {
  return digamma(x);
}

/** Lift term: writes [logp, d/dbeta, d/dp1, d/dp2] into out4. */
export function mmmTestLift(kind: i32, p1: f64, p2: f64, beta: f64, x1: f64, x2: f64, dy: f64, sd: f64, out4: usize): void {
  st(out4, 0, liftTerm(kind, p1, p2, beta, x1, x2, dy, sd));
  st(out4, 1, liftDBeta); st(out4, 2, liftDp1); st(out4, 3, liftDp2);
}

/** Likelihood (kind 0 normal, 1 student-t): g (n) receives d/dmu; writes [logp, d/dsigma, d/dnu] into out3. */
export function mmmTestLikelihood(kind: i32, y: usize, mu: usize, n: i32, sigma: f64, nu: f64, g: usize, out3: usize): void {
  const lp = kind == 1 ? studentLik(y, mu, n, sigma, nu, g) : normalLik(y, mu, n, sigma, g);
  st(out3, 0, lp); st(out3, 1, likDSigma); st(out3, 2, kind == 1 ? likDNu : 0);
}

/** beta per channel from the last density evaluation (ROI-derived or sampled): C f64 at this address. */
export { densityBetaPtr as mmmTestBetaPtr } from './density';

/**
 * The constrained values of an unconstrained draw q (dim): each sampled parameter through its transform,
 * then, under an ROI prior, each channel's derived saturation_beta (C more), exactly as the density computes
 * them; under effect coordinates (assembly/mmm/coords.ts) the derived beta replaces the sampled effect in its slot
 * and the derived intercept the mean level in slot 0. Done here so every host gets the same bits (JS engines'
 * Math.exp differ in the last place).
 * grad: dim f64 of scratch. Returns the number of values written to out.
 */
export function mmmConstrain(q: usize, grad: usize, out: usize): i32 {
  for (let i = 0; i < dim; i++) {
    const r = i * PAR_SLOTS;
    st(out, i, constrainValue(<i32>ld(parTab, r), ld(parTab, r + 1), ld(parTab, r + 2), ld(q, i)));
  }
  if (!useRoi && satCoords == 0 && meanLevel == 0) return dim;
  const lp = densityLogGrad(q, grad);
  const beta = densityBetaPtr();
  // Mean level: the intercept is derived.
  if (meanLevel) st(out, 0, isFinite(lp) ? densityIntercept() : NaN);
  if (!useRoi) {
    // Effect coordinates: saturation_beta keeps its slot; where the channel sampled its effect, beta is derived.
    for (let c = 0; c < nC; c++) {
      const iB = <i32>ld(chTab, c * CH_SLOTS + 7);
      if (ld(chTab, c * CH_SLOTS + 8) > 0) st(out, iB, isFinite(lp) ? ld(beta, c) : NaN);
    }
    return dim;
  }
  // A draw whose density is zero (never one the sampler keeps) has no derived beta.
  for (let c = 0; c < nC; c++) st(out, dim + c, isFinite(lp) ? ld(beta, c) : NaN);
  return dim + nC;
}
