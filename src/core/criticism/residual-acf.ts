// Autocorrelation of the residuals of the posterior-mean fit, R's acf definition: lag-k autocovariance (divided by n)
// over the lag-0 one. Independent residuals stay within +-1.96 / sqrt(n).
import { RESIDUAL_ACF_LAGS } from '../diagnostics/thresholds';

export interface ResidualAcf {
  /** acf[k - 1] is the autocorrelation at lag k, k = 1..lags. */
  acf: number[];
  /** 1.96 / sqrt(n): the 95% band of white noise. */
  band: number;
}

export function residualAcf(residuals: ArrayLike<number>, lags = RESIDUAL_ACF_LAGS): ResidualAcf {
  const n = residuals.length;
  let m = 0;
  for (let t = 0; t < n; t++) m += residuals[t];
  m /= n;
  let c0 = 0;
  for (let t = 0; t < n; t++) c0 += (residuals[t] - m) ** 2;
  const acf: number[] = [];
  for (let k = 1; k <= lags; k++) {
    let c = 0;
    for (let t = 0; t + k < n; t++) c += (residuals[t] - m) * (residuals[t + k] - m);
    acf.push(c0 > 0 && k < n ? c / c0 : NaN);
  }
  return { acf, band: 1.96 / Math.sqrt(n) };
}
