// Test target (placeholder until the engine lands).
export function eightSchoolsSetup(): i32 {
  return -1;
}

export function eightSchoolsLogDensityGrad(q: usize, grad: usize): f64 {
  return NaN;
}
