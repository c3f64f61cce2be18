// Test target: eight schools, non-centred; q = [mu, log tau, theta_tilde(8)], tau ~ HalfCauchy(0, 5) with Jacobian.
const J: i32 = 8;
const Y: StaticArray<f64> = [28, 8, -3, 7, -1, 1, 18, 12];
const SIGMA: StaticArray<f64> = [15, 10, 16, 11, 9, 11, 10, 18];

export function eightSchoolsSetup(): i32 {
  return 2 + J;
}

export function eightSchoolsLogDensityGrad(q: usize, grad: usize): f64 {
  const mu = load<f64>(q);
  const s = load<f64>(q, 8);
  const tau = Math.exp(s);
  const t2 = tau * tau / 25.0;
  // mu ~ N(0, 5); log HalfCauchy(tau | 0, 5) + log|d tau / d s|.
  let lp = -mu * mu / 50.0 - Math.log1p(t2) + s;
  let gMu = -mu / 25.0;
  let gS = 1.0 - 2.0 * t2 / (1.0 + t2);
  for (let j = 0; j < J; j++) {
    const o = (<usize>(j + 2)) << 3;
    const tt = load<f64>(q + o);
    const sj = unchecked(SIGMA[j]);
    const w = 1.0 / (sj * sj);
    const r = unchecked(Y[j]) - mu - tau * tt;
    lp -= 0.5 * tt * tt + 0.5 * w * r * r;
    gMu += w * r;
    gS += w * r * tau * tt;
    store<f64>(grad + o, -tt + w * r * tau);
  }
  store<f64>(grad, gMu);
  store<f64>(grad, gS, 8);
  return lp;
}
