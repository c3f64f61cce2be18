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
