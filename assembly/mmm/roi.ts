// ROI parameterisation (Meridian): beta_c = roi_c * F_c / S_c with F_c = spend_total_c / kpi_scale and
// S_c = sum_t sat_c(adstock_c(x))_t at beta = 1; the backward maps dL/dbeta to dL/droi and dL/ds_t.

/** beta from roi. */
@inline
export function roiBeta(roi: f64, factor: f64, sumS: f64): f64 {
  return roi * factor / sumS;
}

/** dL/droi given dL/dbeta (total, including lift terms). */
@inline
export function roiBackRoi(dBeta: f64, factor: f64, sumS: f64): f64 {
  return dBeta * factor / sumS;
}

/** The common term added to every dL/ds_t: dL/dbeta * dbeta/dS = -dL/dbeta * beta / S. */
@inline
export function roiBackS(dBeta: f64, beta: f64, sumS: f64): f64 {
  return -dBeta * beta / sumS;
}
