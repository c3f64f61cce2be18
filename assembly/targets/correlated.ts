// Test target (placeholder until the engine lands).
export function correlatedSetup(): i32 {
  return -1;
}

export function correlatedLogDensityGrad(q: usize, grad: usize): f64 {
  return NaN;
}
