// The one log-density-and-gradient entry point the sampler calls; which model it is, the sampler never knows.
import { TARGET_ILL_SCALED, TARGET_CORRELATED, TARGET_FUNNEL, TARGET_EIGHT_SCHOOLS, TARGET_HALF_PLANE, TARGET_NOWHERE, TARGET_MMM } from './target-ids';
import { illScaledSetup, illScaledLogDensityGrad } from './targets/ill-scaled';
import { correlatedSetup, correlatedLogDensityGrad } from './targets/correlated';
import { funnelSetup, funnelLogDensityGrad } from './targets/funnel';
import { eightSchoolsSetup, eightSchoolsLogDensityGrad } from './targets/eight-schools';
import { halfPlaneSetup, halfPlaneLogDensityGrad } from './targets/half-plane';
import { nowhereSetup, nowhereLogDensityGrad } from './targets/nowhere';
import { mmmSetup, mmmLogDensityGrad } from './mmm/index';

let target: i32 = 0;
let dim: i32 = 0;

/** Selects the model; `data`/`len` is a flat f64 blob the model parses (ignored by the fixed targets).
 *  Returns the dimension of the unconstrained parameter vector, or a negative error code. */
export function setTarget(id: i32, data: usize, len: i32): i32 {
  target = id;
  if (id == TARGET_ILL_SCALED) dim = illScaledSetup();
  else if (id == TARGET_CORRELATED) dim = correlatedSetup();
  else if (id == TARGET_FUNNEL) dim = funnelSetup();
  else if (id == TARGET_EIGHT_SCHOOLS) dim = eightSchoolsSetup();
  else if (id == TARGET_HALF_PLANE) dim = halfPlaneSetup();
  else if (id == TARGET_NOWHERE) dim = nowhereSetup();
  else if (id == TARGET_MMM) dim = mmmSetup(data, len);
  else dim = -1;
  return dim;
}

export function targetDim(): i32 {
  return dim;
}

/** Writes d log p / d q into grad (both `dim` f64 at the given addresses) and returns log p (up to a constant). */
@inline
export function logDensityGrad(q: usize, grad: usize): f64 {
  if (target == TARGET_MMM) return mmmLogDensityGrad(q, grad);
  if (target == TARGET_ILL_SCALED) return illScaledLogDensityGrad(q, grad);
  if (target == TARGET_CORRELATED) return correlatedLogDensityGrad(q, grad);
  if (target == TARGET_FUNNEL) return funnelLogDensityGrad(q, grad);
  if (target == TARGET_EIGHT_SCHOOLS) return eightSchoolsLogDensityGrad(q, grad);
  if (target == TARGET_HALF_PLANE) return halfPlaneLogDensityGrad(q, grad);
  if (target == TARGET_NOWHERE) return nowhereLogDensityGrad(q, grad);
  return NaN;
}
