// WASM exports: memory helpers, model selection and density, the NUTS sampler.
export { allocF64, allocI32 } from './memory';
export { setTarget, targetDim } from './dispatch';
import { logDensityGrad } from './dispatch';

/** Host-facing wrapper (tests, finite differences). */
export function logDensityGradAt(q: usize, grad: usize): f64 {
  return logDensityGrad(q, grad);
}
export * from './mmm/exports';
export {
  samplerInit,
  samplerRun,
  samplerIteration,
  samplerDivergences,
  samplerWarmupDivergences,
  samplerStepSize,
  samplerGradients,
  samplerDim,
  samplerDrawsPtr,
  samplerStatsPtr,
  samplerMetricPtr,
  samplerSetInit,
} from './sampler';
export { testWindowEnds, testNutpieSwitches, testWelford, testCriterion, testDualAveraging, testRng, testLog, testAdstockGeometric, testAdstockGeometricVjp } from './test-hooks';
