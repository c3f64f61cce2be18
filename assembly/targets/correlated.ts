// Test target: 2-d Gaussian, unit variances, correlation 0.99, mean 0.
const RHO: f64 = 0.99;
const INV: f64 = 1.0 / (1.0 - RHO * RHO);

export function correlatedSetup(): i32 {
  return 2;
}

export function correlatedLogDensityGrad(q: usize, grad: usize): f64 {
  const x = load<f64>(q);
  const y = load<f64>(q, 8);
  store<f64>(grad, -INV * (x - RHO * y));
  store<f64>(grad, -INV * (y - RHO * x), 8);
  return -0.5 * INV * (x * x - 2.0 * RHO * x * y + y * y);
}
