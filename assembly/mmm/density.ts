// Assembles the MMM log density and its exact gradient from the components: transforms + priors,
// linear baseline, adstock -> saturation per channel (ROI-derived beta), synergy pairs, likelihood, lift tests;
// then the backward pass in reverse. Buffers are allocated once in `densitySetup`.
import { ld, st, add, zero } from './buf';
import {
  parseBlob, alloc, chInt, chF64, nT, nC, nK, nF, hasTrend, likKind, useRoi, satCoords, meanLevel, nLift, dim, nBase, iSigma, iNu,
  maxLag, parTab, yPtr, xPtr, zPtr, doyPtr, liftTab, PAR_SLOTS, LIFT_SLOTS, hasFlex, nKnots, iTau, flexGrid,
  nSyn, synTab, SYN_SLOTS,
} from './blob';
import { flexForward, flexBackward } from './baseline-flex';
import { synergyForward, synergyVjp } from './synergy';
import { constrainValue, trDx, trLogJ, trDLogJ } from './transforms';
import { priorLogpdf, priorDx } from './priors';
import { AD_GEOMETRIC, adstockWeights, adstockApply, adstockVjp, adstockDTheta } from './adstock';
import { saturationForward, saturationBackward, satBackDp2 } from './saturation';
import { normalLik, studentLik, likDSigma, likDNu } from './likelihood';
import { linearForward, linearBackward } from './linear';
import { fourierBasis } from './seasonality';
import { trendColumn, onesColumn } from './trend';
import { controlColumns } from './controls';
import { roiBeta, roiBackRoi, roiBackS } from './roi';
import { effectLogJ, effectBackS, meanLevelShift, meanLevelBack } from './coords';
import { liftTerm, liftDBeta, liftDp1, liftDp2 } from './lift';
import { axpy, dot, scaleShift } from './vec';

let px: usize = 0;   // constrained parameters (dim)
let pdx: usize = 0;  // dx/dq (dim)
let pgx: usize = 0;  // dL/dx (dim)
let design: usize = 0; // nBase x T
let mu: usize = 0, g: usize = 0, ds: usize = 0, ga: usize = 0, gw: usize = 0;
let adA: usize = 0, satS: usize = 0, satFa: usize = 0, satFp1: usize = 0, satFp2: usize = 0; // C x T
let wW: usize = 0, wA: usize = 0, wT: usize = 0; // C x maxLag
let knots: usize = 0; // flexible baseline's knot values / gradients (J)
let beta: usize = 0, sumS: usize = 0, dB: usize = 0, dP1: usize = 0, dP2: usize = 0; // C
let gSyn: usize = 0; // C x T: dL/ds from the synergy terms (allocated only when the model has pairs)
let effMask: usize = 0; // dim: 1 where a prior waits for a derived value (effect coordinates' beta, the mean level's intercept)
let interceptDPrior: f64 = 0;

export function densitySetup(data: usize, len: i32): i32 {
  const d = parseBlob(data, len);
  if (d < 0) return d;
  const T = nT, C = nC;
  px = alloc(dim); pdx = alloc(dim); pgx = alloc(dim);
  design = alloc(nBase * T);
  onesColumn(T, design);
  let col = 1;
  if (hasTrend) { trendColumn(T, design + (<usize>(col * T) << 3)); col++; }
  controlColumns(zPtr, nK, T, design + (<usize>(col * T) << 3)); col += nK;
  fourierBasis(doyPtr, T, nF, design + (<usize>(col * T) << 3));
  mu = alloc(T); g = alloc(T); ds = alloc(T); ga = alloc(T); gw = alloc(maxLag);
  adA = alloc(C * T); satS = alloc(C * T); satFa = alloc(C * T); satFp1 = alloc(C * T); satFp2 = alloc(C * T);
  wW = alloc(C * maxLag); wA = alloc(C * maxLag); wT = alloc(C * maxLag);
  knots = alloc(max(nKnots, 1));
  beta = alloc(C); sumS = alloc(C); dB = alloc(C); dP1 = alloc(C); dP2 = alloc(C);
  gSyn = nSyn > 0 ? alloc(C * T) : 0;
  effMask = alloc(dim); zero(effMask, dim);
  for (let c = 0; c < C; c++) if (isEffect(c)) st(effMask, chInt(c, 7), 1);
  if (meanLevel) st(effMask, 0, 1);
  return d;
}

/** Channel c samples its mean contribution (effect coordinates) rather than saturation_beta. */
@inline function isEffect(c: i32): bool {
  return !useRoi && satCoords == 1 && chF64(c, 8) > 0;
}

/** The prior of parameter row i at x (shift and scale applied); its d/dx is left in `priorDxScaled`. */
let priorDxScaled: f64 = 0;
function priorAt(i: i32, x: f64): f64 {
  const r = i * PAR_SLOTS;
  const scale = ld(parTab, r + 9);
  const lp = priorLogpdf(<i32>ld(parTab, r + 3), ld(parTab, r + 4), ld(parTab, r + 5), ld(parTab, r + 6), ld(parTab, r + 7),
    (x - ld(parTab, r + 8)) / scale);
  priorDxScaled = priorDx / scale;
  return lp;
}

@inline function off(p: usize, i: i32): usize {
  return p + (<usize>i << 3);
}

/** Parameter value (constrained) at q index i, or `dflt` when the index is -1. */
@inline function par(i: i32, dflt: f64): f64 {
  return i < 0 ? dflt : ld(px, i);
}

export function densityLogGrad(q: usize, grad: usize): f64 {
  const T = nT, C = nC;
  let lp: f64 = 0;
  // Transforms and priors: grad starts as d logJ/dq, pgx as d log prior/dx.
  for (let i = 0; i < dim; i++) {
    const r = i * PAR_SLOTS;
    const x = constrainValue(<i32>ld(parTab, r), ld(parTab, r + 1), ld(parTab, r + 2), ld(q, i));
    st(px, i, x); st(pdx, i, trDx);
    st(grad, i, trDLogJ);
    lp += trLogJ;
    // An effect coordinate's prior is saturation_beta's, evaluated at beta in the channel loop; the mean level's
    // is the intercept's, evaluated once mu is complete.
    if (ld(effMask, i) != 0) { st(pgx, i, 0); continue; }
    lp += priorAt(i, x);
    st(pgx, i, priorDxScaled);
  }
  // Forward: baseline, then each channel's adstock -> saturation -> beta.
  linearForward(px, design, nBase, T, mu);
  if (hasFlex) flexForward(px, iTau, nKnots, flexGrid, T, knots, mu);
  for (let c = 0; c < C; c++) {
    const lmax = chInt(c, 1), kind = chInt(c, 2);
    const w = off(wW, c * maxLag), wa = off(wA, c * maxLag), wt = off(wT, c * maxLag);
    const ad = chInt(c, 0), alpha = ld(px, chInt(c, 3));
    // the geometric kernel runs as a recursion that needs no weights (adstockApply / adstockVjp)
    if (ad != AD_GEOMETRIC) adstockWeights(ad, lmax, alpha, par(chInt(c, 4), 0), w, wa, wt);
    const a = off(adA, c * T), s = off(satS, c * T);
    adstockApply(ad, lmax, alpha, off(xPtr, c * T), T, w, a);
    const p1 = ld(px, chInt(c, 5)), p2 = par(chInt(c, 6), 1);
    const sum = saturationForward(kind, p1, p2, a, T, s, off(satFa, c * T), off(satFp1, c * T), off(satFp2, c * T));
    const iB = chInt(c, 7);
    const bv = ld(px, iB);
    const eff = isEffect(c);
    const b = useRoi || eff ? roiBeta(bv, chF64(c, 8), sum) : bv;
    // Under an ROI prior (or effect coordinates) a curve so flat that sum_t s_t underflows to 0 cannot deliver
    // any ROI (effect): zero density.
    if (!isFinite(b)) { zero(grad, dim); return -Infinity; }
    st(beta, c, b); st(sumS, c, sum);
    st(dB, c, 0); st(dP1, c, 0); st(dP2, c, 0);
    if (eff) {
      lp += priorAt(iB, b) + effectLogJ(chF64(c, 8), sum);
      st(dB, c, priorDxScaled);
    }
    axpy(T, b, s, mu);
  }
  // Synergy pairs: eta * s_a * s_b on the saturation rows just computed.
  for (let p = 0; p < nSyn; p++) {
    const o = p * SYN_SLOTS;
    synergyForward(T, ld(px, <i32>ld(synTab, o + 2)), off(satS, <i32>ld(synTab, o) * T), off(satS, <i32>ld(synTab, o + 1) * T), mu);
  }
  // The mean level: after every term that adds to mu (baseline, flexible baseline, channels, synergies).
  if (meanLevel) {
    const m = ld(px, 0);
    const shift = meanLevelShift(m, mu, T);
    for (let t = 0; t < T; t++) add(mu, t, shift);
    st(px, 0, m + shift);
    lp += priorAt(0, m + shift);
    interceptDPrior = priorDxScaled;
  }
  // Likelihood.
  const sigma = ld(px, iSigma);
  if (likKind == 1) {
    lp += studentLik(yPtr, mu, T, sigma, ld(px, iNu), g);
    add(pgx, iNu, likDNu);
  } else {
    lp += normalLik(yPtr, mu, T, sigma, g);
  }
  add(pgx, iSigma, likDSigma);
  // Lift tests.
  for (let r = 0; r < nLift; r++) {
    const o = r * LIFT_SLOTS;
    const c = <i32>ld(liftTab, o);
    lp += liftTerm(chInt(c, 2), ld(px, chInt(c, 5)), par(chInt(c, 6), 1), ld(beta, c),
      ld(liftTab, o + 1), ld(liftTab, o + 2), ld(liftTab, o + 3), ld(liftTab, o + 4));
    add(dB, c, liftDBeta); add(dP1, c, liftDp1); add(dP2, c, liftDp2);
  }
  // Backward: the mean level first (it rewrites g for every term that reads it), baseline coefficients, the flexible
  // baseline, the synergy pairs (into gSyn), then each channel.
  const dM = meanLevel ? meanLevelBack(g, T, interceptDPrior) : 0;
  linearBackward(g, design, nBase, T, pgx);
  if (meanLevel) st(pgx, 0, dM);
  if (hasFlex) flexBackward(px, iTau, nKnots, flexGrid, T, g, knots, pgx);
  if (nSyn > 0) {
    zero(gSyn, C * T);
    for (let p = 0; p < nSyn; p++) {
      const o = p * SYN_SLOTS;
      const a = <i32>ld(synTab, o), b2 = <i32>ld(synTab, o + 1), iE = <i32>ld(synTab, o + 2);
      add(pgx, iE, synergyVjp(T, ld(px, iE), g, off(satS, a * T), off(satS, b2 * T), off(gSyn, a * T), off(gSyn, b2 * T)));
    }
  }
  for (let c = 0; c < C; c++) {
    const lmax = chInt(c, 1);
    const s = off(satS, c * T);
    const b = ld(beta, c);
    const db = ld(dB, c) + dot(T, g, s);
    const iB = chInt(c, 7);
    let common: f64 = 0;
    const eff = isEffect(c);
    if (useRoi || eff) {
      const sum = ld(sumS, c);
      add(pgx, iB, roiBackRoi(db, chF64(c, 8), sum));
      common = roiBackS(db, b, sum);
      if (eff) common += effectBackS(sum);
    } else {
      add(pgx, iB, db);
    }
    scaleShift(T, b, g, common, ds);
    if (nSyn > 0) axpy(T, 1, off(gSyn, c * T), ds);
    const d1 = saturationBackward(T, ds, off(satFa, c * T), off(satFp1, c * T), off(satFp2, c * T), ga);
    add(pgx, chInt(c, 5), d1 + ld(dP1, c));
    const i2 = chInt(c, 6);
    if (i2 >= 0) add(pgx, i2, satBackDp2 + ld(dP2, c));
    const dAlpha = adstockVjp(chInt(c, 0), lmax, ld(px, chInt(c, 3)), off(xPtr, c * T), T, ga, gw, off(wA, c * maxLag), off(wT, c * maxLag));
    add(pgx, chInt(c, 3), dAlpha);
    const iTh = chInt(c, 4);
    if (iTh >= 0) add(pgx, iTh, adstockDTheta);
  }
  // Chain rule to the unconstrained scale.
  for (let i = 0; i < dim; i++) add(grad, i, ld(pgx, i) * ld(pdx, i));
  return lp;
}

/** The intercept of the last evaluation (derived from the mean level when header [21] is 1). */
export function densityIntercept(): f64 {
  return ld(px, 0);
}

/** beta per channel from the last evaluation (ROI-derived or sampled), for tests. */
export function densityBetaPtr(): usize {
  return beta;
}
