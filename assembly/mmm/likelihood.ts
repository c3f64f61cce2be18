// Observation models on the scaled KPI: Normal(mu, sigma) and Student-t(nu, mu, sigma), dropping
// constant terms (log 2 pi, log pi); the forward returns log p, the backward parts are written alongside.
import { ld, st } from './buf';
import { lgamma, digamma } from './special';

export let likDSigma: f64 = 0;
export let likDNu: f64 = 0;

/** Returns sum_t log N(y_t | mu_t, sigma); g_t = d/dmu_t, likDSigma = d/dsigma. */
export function normalLik(y: usize, mu: usize, n: i32, sigma: f64, g: usize): f64 {
  const iv = 1 / (sigma * sigma);
  let ss: f64 = 0;
  for (let t = 0; t < n; t++) {
    const r = ld(y, t) - ld(mu, t);
    ss += r * r;
    st(g, t, r * iv);
  }
  likDSigma = -<f64>n / sigma + ss * iv / sigma;
  return -<f64>n * Math.log(sigma) - 0.5 * ss * iv;
}

/** Returns sum_t log t_nu(y_t | mu_t, sigma); g_t = d/dmu_t, likDSigma, likDNu. */
export function studentLik(y: usize, mu: usize, n: i32, sigma: f64, nu: f64, g: usize): f64 {
  const s2 = sigma * sigma;
  const ns2 = nu * s2;
  let sumLog: f64 = 0, sumSig: f64 = 0, sumNu: f64 = 0;
  for (let t = 0; t < n; t++) {
    const r = ld(y, t) - ld(mu, t);
    const r2 = r * r;
    const den = ns2 + r2;
    st(g, t, (nu + 1) * r / den);
    sumLog += Math.log1p(r2 / ns2);
    sumSig += r2 / den;
    sumNu += r2 / (nu * den);
  }
  const fn = <f64>n;
  const c = lgamma(0.5 * (nu + 1)) - lgamma(0.5 * nu) - 0.5 * Math.log(nu) - Math.log(sigma);
  likDSigma = -fn / sigma + (nu + 1) * sumSig / sigma;
  likDNu = fn * (0.5 * digamma(0.5 * (nu + 1)) - 0.5 * digamma(0.5 * nu) - 0.5 / nu) - 0.5 * sumLog + 0.5 * (nu + 1) * sumNu;
  return fn * c - 0.5 * (nu + 1) * sumLog;
}
