// Stan's default NUTS/adaptation constants (services/sample/defaults.hpp, stepsize_adaptation.hpp) in one place.
export const DEFAULT_MAX_DEPTH: i32 = 10;
/** A trajectory diverges once its energy error exceeds this (Stan's max_deltaH). */
export const MAX_DELTA_H: f64 = 1000.0;
/** Initial nominal step size before the init_stepsize heuristic (Stan's `stepsize = 1`). */
export const INIT_STEPSIZE: f64 = 1.0;
/** Dual averaging (Hoffman & Gelman 2014, as configured in Stan). */
export const DA_DELTA: f64 = 0.8;
export const DA_GAMMA: f64 = 0.05;
export const DA_T0: f64 = 10.0;
export const DA_KAPPA: f64 = 0.75;
/** Windowed metric adaptation. */
export const INIT_BUFFER: i32 = 75;
export const TERM_BUFFER: i32 = 50;
export const BASE_WINDOW: i32 = 25;
/** Stan-style inits: uniform(-INIT_RADIUS, INIT_RADIUS) on the unconstrained scale, up to INIT_TRIES draws. */
export const INIT_RADIUS: f64 = 2.0;
export const INIT_TRIES: i32 = 100;
/** Number of per-draw sampler statistics (src/core/engine/types.ts STAT_NAMES order). */
export const N_STATS: i32 = 7;
