// Seyboldt's diagonal inverse metric from draws and gradients, M^-1_ii = sqrt(var(draw_i) / var(grad_i)), as
// nutpie estimates it: two running estimates, a foreground one that sets the metric and a background one that
// starts empty at every switch and then becomes the foreground. Every buffer is the caller's (allocated once).
import { GRAD_METRIC_MIN, GRAD_METRIC_MAX } from './defaults';
import { ld, st } from './vec';

let dim: i32 = 0;
// Welford sums of the foreground (fg) and background (bg) estimates: mean and m2 of draws (x) and gradients (g).
let fgMeanX: usize = 0;
let fgM2X: usize = 0;
let fgMeanG: usize = 0;
let fgM2G: usize = 0;
let bgMeanX: usize = 0;
let bgM2X: usize = 0;
let bgMeanG: usize = 0;
let bgM2G: usize = 0;
let fgCount: f64 = 0;
let bgCount: f64 = 0;

/** `buffers` holds 8 x d f64 (the four Welford pairs). */
export function gradMetricSetup(d: i32, buffers: usize): void {
  dim = d;
  const stride = (<usize>d) << 3;
  fgMeanX = buffers;
  fgM2X = buffers + stride;
  fgMeanG = buffers + 2 * stride;
  fgM2G = buffers + 3 * stride;
  bgMeanX = buffers + 4 * stride;
  bgM2X = buffers + 5 * stride;
  bgMeanG = buffers + 6 * stride;
  bgM2G = buffers + 7 * stride;
  memory.fill(buffers, 0, 8 * stride);
  fgCount = 0;
  bgCount = 0;
}

function welford(mean: usize, m2: usize, v: usize, n: f64): void {
  for (let i = 0; i < dim; i++) {
    const x = ld(v, i);
    const delta = x - ld(mean, i);
    const m = ld(mean, i) + delta / n;
    st(mean, i, m);
    st(m2, i, ld(m2, i) + delta * (x - m));
  }
}

/** Adds one draw q and its gradient g to both estimates. */
export function gradMetricAdd(q: usize, g: usize): void {
  fgCount += 1;
  bgCount += 1;
  welford(fgMeanX, fgM2X, q, fgCount);
  welford(fgMeanG, fgM2G, g, fgCount);
  welford(bgMeanX, bgM2X, q, bgCount);
  welford(bgMeanG, bgM2G, g, bgCount);
}

export function gradMetricBackgroundCount(): f64 {
  return bgCount;
}

export function gradMetricForegroundCount(): f64 {
  return fgCount;
}

/** The background estimate becomes the foreground; the background restarts empty (pointer swap, no copy). */
export function gradMetricSwitch(): void {
  let t = fgMeanX; fgMeanX = bgMeanX; bgMeanX = t;
  t = fgM2X; fgM2X = bgM2X; bgM2X = t;
  t = fgMeanG; fgMeanG = bgMeanG; bgMeanG = t;
  t = fgM2G; fgM2G = bgM2G; bgM2G = t;
  fgCount = bgCount;
  bgCount = 0;
  const bytes = (<usize>dim) << 3;
  memory.fill(bgMeanX, 0, bytes);
  memory.fill(bgM2X, 0, bytes);
  memory.fill(bgMeanG, 0, bytes);
  memory.fill(bgM2G, 0, bytes);
}

/** Writes sqrt(var(x) / var(g)) from the foreground into minv (the n - 1 denominators cancel), clamped to
 *  [GRAD_METRIC_MIN, GRAD_METRIC_MAX]; a coordinate whose ratio is 0 or not finite keeps its value. False (minv
 *  untouched) while the foreground holds fewer than 3 draws. */
export function gradMetricUpdate(minv: usize): bool {
  if (fgCount < 3) return false;
  for (let i = 0; i < dim; i++) {
    const v = Math.sqrt(ld(fgM2X, i) / ld(fgM2G, i));
    if (isFinite(v) && v != 0) st(minv, i, min(max(v, GRAD_METRIC_MIN), GRAD_METRIC_MAX));
  }
  return true;
}

/** The starting metric from one gradient: M^-1_ii = 1 / |g_i| (clamped), 1 where that is not finite. */
export function gradMetricFromGradient(minv: usize, g: usize): void {
  for (let i = 0; i < dim; i++) {
    const v = 1.0 / min(max(Math.abs(ld(g, i)), GRAD_METRIC_MIN), GRAD_METRIC_MAX);
    st(minv, i, isFinite(v) ? v : 1.0);
  }
}
