// Effect coordinates (spec.saturationCoordinates 'effect'): under a prior on saturation_beta, the sampler moves
// log e, the channel's mean contribution per period e = beta * S / T (S = sum_t sat(adstock(x))_t at beta = 1),
// instead of log beta. At low spend only beta x lam is identified, a thin ridge in (log beta, log lam); e is what
// the data identifies. The model is the same: beta = e * T / S, the prior is saturation_beta's, and the density
// adds the exact log-Jacobian log |d beta / d q_e| = log beta (assembly/mmm/coords.ts). Reported draws, model.json
// and every name keep saturation_beta. Under an ROI prior the sampler already moves the ROI.
//
// With them, q[0] is the mean level m = mean_t mu_t instead of the intercept (intercept = m - mean_t(mu_t -
// intercept), a shear with unit Jacobian): the mean contributions and the controls' means would otherwise trade
// against the intercept, the PyMC example's narrowest posterior direction. Also under an ROI prior.
import type { ModelSpec, SaturationCoordinates } from './spec';
import { DEFAULT_SATURATION_COORDINATES } from './defaults';
import { unitSaturationSum } from './roi-beta';
import type { Layout } from './pack';

export function saturationCoordinates(spec: Pick<ModelSpec, 'saturationCoordinates'>): SaturationCoordinates {
  return spec.saturationCoordinates ?? DEFAULT_SATURATION_COORDINATES;
}

/** q[0] holds the mean level (the intercept is derived): with effect coordinates, whatever the prior. */
export function usesMeanLevel(spec: Pick<ModelSpec, 'saturationCoordinates'>): boolean {
  return saturationCoordinates(spec) === 'effect';
}

/** beta = e * factor / S with factor = T for a channel in effect coordinates; 0 where the channel samples beta or
 *  roi itself (natural coordinates, or an ROI prior). scaleData refuses a channel without spend, so S > 0 for some lam. */
export function effectFactor(spec: ModelSpec, useRoi: boolean, periods: number): number {
  return useRoi || saturationCoordinates(spec) !== 'effect' ? 0 : periods;
}

/** Channel c's saturation_beta from its sampled effect (held at the beta slot of v), as the WASM derives it. */
export function effectBeta(layout: Layout, c: number, v: ArrayLike<number>): number {
  const ch = layout.channels[c];
  return v[ch.beta] * ch.effectFactor / unitSaturationSum(layout, c, v);
}
