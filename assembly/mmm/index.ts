// The Bayesian MMM log density: parse the packed blob once (mmmSetup), then density + exact gradient per call.
import { densitySetup, densityLogGrad } from './density';

export function mmmSetup(data: usize, len: i32): i32 {
  return densitySetup(data, len);
}

export function mmmLogDensityGrad(q: usize, grad: usize): f64 {
  return densityLogGrad(q, grad);
}
