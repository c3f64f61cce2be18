// The Bayesian MMM log density (placeholder until the model lands): parse the packed blob, evaluate density + gradient.
export function mmmSetup(data: usize, len: i32): i32 {
  return -1;
}

export function mmmLogDensityGrad(q: usize, grad: usize): f64 {
  return NaN;
}
