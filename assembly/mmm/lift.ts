// Lift tests on the saturation curve (no adstock), as PyMC-Marketing's add_lift_test_measurements:
// deltaY ~ Normal(beta (f(x + dx) - f(x)), sd), everything scaled; the forward also returns the partials.
import { satEval, satDp1, satDp2 } from './saturation';

export let liftDBeta: f64 = 0;
export let liftDp1: f64 = 0;
export let liftDp2: f64 = 0;

/** log N(dy | beta (f(x2) - f(x1)), sd) up to a constant; sets the partials wrt beta, p1, p2. */
export function liftTerm(kind: i32, p1: f64, p2: f64, beta: f64, x1: f64, x2: f64, dy: f64, sd: f64): f64 {
  const f1 = satEval(kind, p1, p2, x1);
  const a1 = satDp1, b1 = satDp2;
  const f2 = satEval(kind, p1, p2, x2);
  const a2 = satDp1, b2 = satDp2;
  const r = (dy - beta * (f2 - f1)) / sd;
  const dp = r / sd; // d logp / d prediction
  liftDBeta = dp * (f2 - f1);
  liftDp1 = dp * beta * (a2 - a1);
  liftDp2 = dp * beta * (b2 - b1);
  return -0.5 * r * r;
}
