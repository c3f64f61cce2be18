// Nesterov dual averaging of log(step size) toward a target acceptance (Stan's stepsize_adaptation.hpp).
import { DA_DELTA, DA_GAMMA, DA_T0, DA_KAPPA } from './defaults';

let counter: f64 = 0;
let sBar: f64 = 0;
let xBar: f64 = 0;
let mu: f64 = 0;
let delta: f64 = DA_DELTA;

export function daSetDelta(d: f64): void {
  delta = d;
}

export function daSetMu(m: f64): void {
  mu = m;
}

export function daRestart(): void {
  counter = 0;
  sBar = 0;
  xBar = 0;
}

/** One dual-averaging update from this transition's accept_stat; returns the next step size. */
export function daLearn(adaptStat: f64): f64 {
  counter += 1;
  const a = adaptStat > 1 ? 1 : adaptStat;
  const eta = 1.0 / (counter + DA_T0);
  sBar = (1.0 - eta) * sBar + eta * (delta - a);
  const x = mu - sBar * Math.sqrt(counter) / DA_GAMMA;
  const xEta = Math.pow(counter, -DA_KAPPA);
  xBar = (1.0 - xEta) * xBar + xEta * x;
  return Math.exp(x);
}

/** The step size used after warmup: exp of the averaged iterate. */
export function daFinal(): f64 {
  return Math.exp(xBar);
}
