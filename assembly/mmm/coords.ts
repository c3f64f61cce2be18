// Effect coordinates of a channel's saturation (header [20] = 1): the sampler moves log e, the channel's mean
// contribution per period e = beta * S / T (S = sum_t sat(adstock(x))_t at beta = 1), instead of log beta.
// At low spend only beta x lam (or beta / kappa^slope) is identified, a thin curved ridge in (log beta, log lam);
// e is what the data pins down, and lam (kappa, slope) then moves nearly freely along the ridge.
//
// The model is unchanged: beta = e * K / S (K = T, blob channel slot 8), the prior stays the prior on beta, and
// the density adds the exact log-Jacobian of q_e -> beta. With x = (beta, lam, alpha, ...) and beta the only
// value that depends on other coordinates, the Jacobian is triangular: log|d beta / d q_e| = log beta =
// q_e + log K - log S; q_e's own transform (positive: + q_e) gives the first term, `effectLogJ` the rest.
// Its gradient: d(-log S)/ds_t = -1/S for every t (`effectBackS`), routed to lam, kappa, slope, alpha and theta
// by the saturation and adstock VJPs with the rest of dL/ds_t. Forward and VJP share roi.ts's beta map.

/** log |d beta / d e| = log(K / S): the part of the log-Jacobian beyond the sampled coordinate's own transform. */
@inline
export function effectLogJ(factor: f64, sumS: f64): f64 {
  return Math.log(factor / sumS);
}

/** d effectLogJ / d s_t, the same for every period t: -1 / S. */
@inline
export function effectBackS(sumS: f64): f64 {
  return -1 / sumS;
}

// Mean-level intercept (header [21] = 1, with effect coordinates): the sampler moves m = mean_t mu_t, the level
// the data pins down best, instead of the intercept; intercept = m - mean_t(mu_t - intercept). Without it, the
// intercept trades against every channel's mean contribution and each control's mean (the smallest-eigenvalue
// direction of the PyMC example's posterior). The map is a shear with unit Jacobian: nothing to add to the
// density. Forward: mu computed with intercept = m; the shift below moves every mu_t (the intercept column is
// ones) so that mean mu = m. VJP: with D = dL/dintercept (sum_t g_t plus the prior's), dL/dm = D and every other
// coordinate sees g_t - D / T in place of g_t (d intercept / d mu_t-without-intercept = -1/T).

/** intercept - m: add to every mu_t (computed with intercept = m) so that mean_t mu_t = m. */
export function meanLevelShift(m: f64, mu: usize, n: i32): f64 {
  let s: f64 = 0;
  for (let t = 0; t < n; t++) s += load<f64>(mu + (<usize>t << 3));
  return m - s / <f64>n;
}

/** VJP: returns D = dL/dm = sum_t g_t + dPrior and replaces g_t by g_t - D / n. */
export function meanLevelBack(g: usize, n: i32, dPrior: f64): f64 {
  let d: f64 = dPrior;
  for (let t = 0; t < n; t++) d += load<f64>(g + (<usize>t << 3));
  const c = d / <f64>n;
  for (let t = 0; t < n; t++) {
    const p = g + (<usize>t << 3);
    store<f64>(p, load<f64>(p) - c);
  }
  return d;
}
