// Test target (placeholder until the engine lands).
export function illScaledSetup(): i32 {
  return -1;
}

export function illScaledLogDensityGrad(q: usize, grad: usize): f64 {
  return NaN;
}
