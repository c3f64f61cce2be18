// nuts-rs's dual averaging of log(step size) (stepsize/dual_avg.rs): Stan's update with the count starting at 1,
// mu = log(10 eps0) from each restart, and log(step) capped at log(pi). The constants are Stan's (defaults.ts).
import { DA_GAMMA, DA_T0, DA_KAPPA, NUTPIE_MAX_STEPSIZE } from './defaults';

let logStep: f64 = 0;
let logStepAdapted: f64 = 0;
let hBar: f64 = 0;
let mu: f64 = 0;
let count: f64 = 1;

/** Restarts the averaging at step size eps0. */
export function ndaReset(eps0: f64): void {
  logStep = Math.log(eps0);
  logStepAdapted = logStep;
  hBar = 0;
  mu = Math.log(10.0 * eps0);
  count = 1;
}

/** One update from a transition's acceptance statistic toward target. */
export function ndaAdvance(accept: f64, target: f64): void {
  const w = 1.0 / (count + DA_T0);
  hBar = (1.0 - w) * hBar + w * (target - accept);
  logStep = min(mu - hBar * Math.sqrt(count) / DA_GAMMA, Math.log(NUTPIE_MAX_STEPSIZE));
  const m = Math.pow(count, -DA_KAPPA);
  logStepAdapted = m * logStep + (1.0 - m) * logStepAdapted;
  count += 1;
}

/** The step size of the next warmup transition. */
export function ndaCurrent(): f64 {
  return Math.exp(logStep);
}

/** The averaged step size (used from the end of warmup on). */
export function ndaAdapted(): f64 {
  return Math.exp(logStepAdapted);
}
