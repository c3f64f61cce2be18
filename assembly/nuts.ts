// One multinomial NUTS transition with the generalized U-turn criterion (Stan 2.26+ base_nuts.hpp).
// Biased progressive sampling between the trajectory and each new subtree, uniform (multinomial)
// sampling inside subtrees; every buffer is preallocated in nutsSetup, nothing is allocated here.
import { allocF64 } from './memory';
import { MAX_DELTA_H } from './defaults';
import { rngUniform } from './rng';
import { newPoint, copyPoint, pP, pQ, pV, hamiltonian, samplePMomentum, pSharp } from './point';
import { leapfrog } from './leapfrog';
import { vcopy, vdot, ld, st, sumDotsPositive, logSumExp } from './vec';

let dim: i32 = 0;
let maxDepth: i32 = 10;
let minv: usize = 0;

// Trajectory-wide state (Stan's transition locals).
let z: usize = 0; // the point being integrated (Stan's this->z_)
let zFwd: usize = 0;
let zBck: usize = 0;
let zSample: usize = 0;
let zPropose: usize = 0;
let pFwdFwd: usize = 0;
let pSharpFwdFwd: usize = 0;
let pFwdBck: usize = 0;
let pSharpFwdBck: usize = 0;
let pBckFwd: usize = 0;
let pSharpBckFwd: usize = 0;
let pBckBck: usize = 0;
let pSharpBckBck: usize = 0;
let rho: usize = 0;
let rhoFwd: usize = 0;
let rhoBck: usize = 0;

// Per-depth locals of the recursion: level k holds build_tree(depth = k)'s vectors, stride `levelStride` bytes.
let levels: usize = 0;
let levelStride: usize = 0;
const L_P_INIT_END = 0;
const L_PS_INIT_END = 1;
const L_RHO_INIT = 2;
const L_P_FINAL_BEG = 3;
const L_PS_FINAL_BEG = 4;
const L_RHO_FINAL = 5;
const L_VECS = 6;
let levelPoints: usize = 0; // z_propose_final per level (point pointers)

let H0: f64 = 0;
let eps: f64 = 0;
let nLeapfrog: i32 = 0;
let sumMetroProb: f64 = 0;
let divergent: bool = false;
let lastLsw: f64 = 0;
// Bookkeeping for nutpie's adaptation (never read by Stan's): the symmetric acceptance of every leapfrog and
// the trajectory index of the proposal (+k: k steps forward of the start, -k: backward).
let trackSym: bool = false;
let sumSym: f64 = 0;
let leafCursor: i32 = 0;
let lastIdx: i32 = 0;

// Outputs of the last transition.
export let outDepth: i32 = 0;
export let outLeapfrog: i32 = 0;
export let outAccept: f64 = 0;
export let outDivergent: bool = false;
export let outEnergy: f64 = 0;
/** Mean over leapfrogs of 2 min(1, e^d) / (1 + e^d), d = H0 - H (nuts-rs's symmetric acceptance); 0 unless tracked. */
export let outAcceptSym: f64 = 0;
/** Where the draw sits in its trajectory: 0 = the starting point (the chain did not move). */
export let outSampleIdx: i32 = 0;

/** Whether transitions also accumulate outAcceptSym (one more exp per leapfrog with d > 0). */
export function nutsTrackSymmetric(on: bool): void {
  trackSym = on;
}

/** Allocates the trajectory buffers once per chain; `current` is the chain's point (q, V, g valid). */
export function nutsSetup(d: i32, depth: i32, metric: usize, current: usize): void {
  dim = d;
  maxDepth = depth;
  minv = metric;
  z = current;
  zFwd = newPoint();
  zBck = newPoint();
  zSample = newPoint();
  zPropose = newPoint();
  pFwdFwd = allocF64(d);
  pSharpFwdFwd = allocF64(d);
  pFwdBck = allocF64(d);
  pSharpFwdBck = allocF64(d);
  pBckFwd = allocF64(d);
  pSharpBckFwd = allocF64(d);
  pBckBck = allocF64(d);
  pSharpBckBck = allocF64(d);
  rho = allocF64(d);
  rhoFwd = allocF64(d);
  rhoBck = allocF64(d);
  const nLevels = max(depth, 1);
  levelStride = (<usize>(L_VECS * d)) << 3;
  levels = allocF64(L_VECS * d * nLevels);
  levelPoints = allocF64(nLevels);
  for (let k = 0; k < nLevels; k++) store<usize>(levelPoints + ((<usize>k) << 3), newPoint());
}

@inline
function lvec(depth: i32, which: i32): usize {
  return levels + <usize>depth * levelStride + ((<usize>(which * dim)) << 3);
}

/** Generalized no-U-turn criterion: continue while both end velocities point along rho. */
export function computeCriterion(pSharpMinus: usize, pSharpPlus: usize, r: usize, n: i32): bool {
  return vdot(pSharpPlus, r, n) > 0 && vdot(pSharpMinus, r, n) > 0;
}

/** Builds a subtree of 2^depth leapfrogs from z in direction sign; writes the subtree's rho (not added),
 *  its end momenta/sharp momenta, its proposal, and its log sum of weights into lastLsw. */
function buildTree(depth: i32, propose: usize, pSharpBeg: usize, pSharpEnd: usize, rhoOut: usize,
  pBeg: usize, pEnd: usize, sign: f64): bool {
  if (depth == 0) {
    const kinetic = leapfrog(z, minv, sign * eps, dim);
    nLeapfrog++;
    let h = kinetic + pV(z);
    if (isNaN(h)) h = Infinity; // NaN energy counts as a divergence
    if (h - H0 > MAX_DELTA_H) divergent = true;
    const d = H0 - h;
    lastLsw = d; // log_sum_exp(-inf, H0 - h)
    if (d > 0) {
      sumMetroProb += 1;
      if (trackSym) sumSym += 2.0 / (1.0 + Math.exp(d));
    } else {
      const e = Math.exp(d);
      sumMetroProb += e;
      if (trackSym) sumSym += 2.0 * e / (1.0 + e);
    }
    leafCursor++;
    lastIdx = sign > 0 ? leafCursor : -leafCursor;
    copyPoint(propose, z);
    const p = pP(z);
    for (let i = 0; i < dim; i++) {
      const pi = ld(p, i);
      const ps = ld(minv, i) * pi;
      st(pSharpBeg, i, ps);
      st(pSharpEnd, i, ps);
      st(rhoOut, i, pi);
      st(pBeg, i, pi);
      st(pEnd, i, pi);
    }
    return !divergent;
  }
  const pInitEnd = lvec(depth, L_P_INIT_END);
  const pSharpInitEnd = lvec(depth, L_PS_INIT_END);
  const rhoInit = lvec(depth, L_RHO_INIT);
  const pFinalBeg = lvec(depth, L_P_FINAL_BEG);
  const pSharpFinalBeg = lvec(depth, L_PS_FINAL_BEG);
  const rhoFinal = lvec(depth, L_RHO_FINAL);
  const proposeFinal = load<usize>(levelPoints + ((<usize>depth) << 3));

  if (!buildTree(depth - 1, propose, pSharpBeg, pSharpInitEnd, rhoInit, pBeg, pInitEnd, sign)) return false;
  const lswInit = lastLsw;
  const idxInit = lastIdx;
  if (!buildTree(depth - 1, proposeFinal, pSharpFinalBeg, pSharpEnd, rhoFinal, pFinalBeg, pEnd, sign)) return false;
  const lswFinal = lastLsw;
  const idxFinal = lastIdx;

  // Uniform (multinomial) sampling between the two halves of a subtree.
  const lswSubtree = logSumExp(lswInit, lswFinal);
  let idx = idxInit;
  if (lswFinal > lswSubtree) {
    copyPoint(propose, proposeFinal);
    idx = idxFinal;
  } else if (rngUniform() < Math.exp(lswFinal - lswSubtree)) {
    copyPoint(propose, proposeFinal);
    idx = idxFinal;
  }
  lastLsw = lswSubtree;
  lastIdx = idx;

  // Across the merged subtree (rho = rho_init + rho_final), then across the join of its halves.
  let persist = sumDotsPositive(rhoOut, rhoInit, rhoFinal, pSharpBeg, pSharpEnd, dim);
  persist = sumDotsPositive(0, rhoInit, pFinalBeg, pSharpBeg, pSharpFinalBeg, dim) && persist;
  persist = sumDotsPositive(0, rhoFinal, pInitEnd, pSharpInitEnd, pSharpEnd, dim) && persist;
  return persist;
}

/** One NUTS transition from the point z (q, V, g valid) with step size stepSize; leaves the sample in z. */
export function nutsTransition(stepSize: f64): void {
  eps = stepSize;
  samplePMomentum(z, minv);
  H0 = hamiltonian(z, minv);

  copyPoint(zFwd, z);
  copyPoint(zBck, z);
  copyPoint(zSample, z);
  copyPoint(zPropose, z);
  const p = pP(z);
  vcopy(pFwdFwd, p, dim);
  pSharp(pSharpFwdFwd, p, minv);
  vcopy(pFwdBck, p, dim);
  vcopy(pSharpFwdBck, pSharpFwdFwd, dim);
  vcopy(pBckFwd, p, dim);
  vcopy(pSharpBckFwd, pSharpFwdFwd, dim);
  vcopy(pBckBck, p, dim);
  vcopy(pSharpBckBck, pSharpFwdFwd, dim);
  vcopy(rho, p, dim);

  let logSumWeight: f64 = 0; // log(exp(H0 - H0))
  nLeapfrog = 0;
  sumMetroProb = 0;
  sumSym = 0;
  divergent = false;
  let depth: i32 = 0;
  let nFwd: i32 = 0;
  let nBck: i32 = 0;
  let sampleIdx: i32 = 0;

  while (depth < maxDepth) {
    let valid = false;
    if (rngUniform() > 0.5) {
      // Extend forward: the old trajectory becomes the backward part.
      copyPoint(z, zFwd);
      vcopy(rhoBck, rho, dim);
      vcopy(pBckFwd, pFwdFwd, dim);
      vcopy(pSharpBckFwd, pSharpFwdFwd, dim);
      leafCursor = nFwd;
      valid = buildTree(depth, zPropose, pSharpFwdBck, pSharpFwdFwd, rhoFwd, pFwdBck, pFwdFwd, 1.0);
      nFwd = leafCursor;
      copyPoint(zFwd, z);
    } else {
      // Extend backward: the old trajectory becomes the forward part.
      copyPoint(z, zBck);
      vcopy(rhoFwd, rho, dim);
      vcopy(pFwdBck, pBckBck, dim);
      vcopy(pSharpFwdBck, pSharpBckBck, dim);
      leafCursor = nBck;
      valid = buildTree(depth, zPropose, pSharpBckFwd, pSharpBckBck, rhoBck, pBckFwd, pBckBck, -1.0);
      nBck = leafCursor;
      copyPoint(zBck, z);
    }
    if (!valid) break;
    depth++;

    // Biased progressive sampling: favour the new subtree.
    const lswSubtree = lastLsw;
    if (lswSubtree > logSumWeight) {
      copyPoint(zSample, zPropose);
      sampleIdx = lastIdx;
    } else if (rngUniform() < Math.exp(lswSubtree - logSumWeight)) {
      copyPoint(zSample, zPropose);
      sampleIdx = lastIdx;
    }
    logSumWeight = logSumExp(logSumWeight, lswSubtree);

    // Across the whole trajectory (rho = rho_bck + rho_fwd), then across the join: the backward part plus
    // the first state of the forward part, and the forward part plus the last state of the backward part.
    let persist = sumDotsPositive(rho, rhoBck, rhoFwd, pSharpBckBck, pSharpFwdFwd, dim);
    persist = sumDotsPositive(0, rhoBck, pFwdBck, pSharpBckBck, pSharpFwdBck, dim) && persist;
    persist = sumDotsPositive(0, rhoFwd, pBckFwd, pSharpBckFwd, pSharpFwdFwd, dim) && persist;
    if (!persist) break;
  }

  outDepth = depth;
  outLeapfrog = nLeapfrog;
  // Mean Metropolis acceptance over the whole trajectory, rejected subtrees included (Stan's accept_stat).
  outAccept = sumMetroProb / <f64>nLeapfrog;
  outAcceptSym = sumSym / <f64>nLeapfrog;
  outSampleIdx = sampleIdx;
  outDivergent = divergent;
  copyPoint(z, zSample);
  outEnergy = hamiltonian(z, minv);
}

/** Position pointer of the chain's current point (for adaptation). */
export function currentQ(): usize {
  return pQ(z);
}
