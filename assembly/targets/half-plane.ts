// Robustness target: standard normal in 2-d restricted to q0 < 1 (log density -inf beyond, NaN gradient there),
// so trajectories hit non-finite energies; the sampler must count them as divergences and never stall.
export function halfPlaneSetup(): i32 {
  return 2;
}

export function halfPlaneLogDensityGrad(q: usize, grad: usize): f64 {
  const x = load<f64>(q);
  const y = load<f64>(q, 8);
  if (x >= 1.0) {
    store<f64>(grad, NaN);
    store<f64>(grad, NaN, 8);
    return -Infinity;
  }
  store<f64>(grad, -x);
  store<f64>(grad, -y, 8);
  return -0.5 * (x * x + y * y);
}
