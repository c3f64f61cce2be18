// Test target (placeholder until the engine lands).
export function funnelSetup(): i32 {
  return -1;
}

export function funnelLogDensityGrad(q: usize, grad: usize): f64 {
  return NaN;
}
