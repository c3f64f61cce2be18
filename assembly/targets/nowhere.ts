// Robustness target: a density that is NaN everywhere (3-d), so samplerInit must fail cleanly with -1.
export function nowhereSetup(): i32 {
  return 3;
}

export function nowhereLogDensityGrad(q: usize, grad: usize): f64 {
  return NaN;
}
