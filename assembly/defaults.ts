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
/** nutpie's adaptation (nuts-rs EuclideanAdaptOptions / StepSizeSettings defaults). */
/** Fraction of warmup in the early phase (metric windows of NUTPIE_EARLY_SWITCH draws). */
export const NUTPIE_EARLY_WINDOW: f64 = 0.3;
/** Fraction of warmup at its end that tunes only the step size (the metric is fixed). */
export const NUTPIE_STEP_SIZE_WINDOW: f64 = 0.15;
export const NUTPIE_EARLY_SWITCH: i32 = 10;
/** First window of the main phase; each later one is NUTPIE_WINDOW_GROWTH times longer. */
export const NUTPIE_SWITCH: i32 = 80;
export const NUTPIE_WINDOW_GROWTH: f64 = 1.5;
/** Initial step size before nuts-rs's step-size search. */
export const NUTPIE_INIT_STEPSIZE: f64 = 0.1;
/** Dual averaging never proposes a step size above this (nuts-rs: pi). */
export const NUTPIE_MAX_STEPSIZE: f64 = Math.PI;
/** Each step size is multiplied by uniform(1 - j, 1 + j). */
export const NUTPIE_JITTER: f64 = 0.1;
/** Clamp of the draw/gradient metric (nuts-rs LOWER_LIMIT / UPPER_LIMIT). */
export const GRAD_METRIC_MIN: f64 = 1e-20;
export const GRAD_METRIC_MAX: f64 = 1e20;
/** nuts-rs keeps a divergent draw for the metric only if it is more than this many steps from the start. */
export const NUTPIE_DIVERGENT_MIN_INDEX: i32 = 4;
/** Adaptation codes of samplerInit (src/core/engine/adaptation.ts mirrors them). */
export const ADAPT_STAN: i32 = 0;
export const ADAPT_NUTPIE: i32 = 1;
