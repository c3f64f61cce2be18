// Projected gradient ascent on {sum x = b, lo <= x <= hi} with the exact projection and a
// non-monotone line search (Birgin-Martinez-Raydan). The step is a diagonal Newton step (projection
// in the metric of the Hessian diagonal) when the objective supplies curvature, else spectral
// (Barzilai-Borwein). Variables are in budget shares (x = spend / budget per period), so one
// tolerance fits every problem size.
import { projectBudget } from './projection';

export interface Problem {
  lo: Float64Array; hi: Float64Array;
  /** The budget in the same units as x (1 in shares). */
  b: number;
  /** Objective and gradient at x (maximised). */
  evaluate(x: Float64Array): { f: number; g: Float64Array; h?: Float64Array };
}

export interface SolveOptions {
  tolerance: number;
  maxIterations: number;
  /** Initial spectral step (from a previous, similar solve); default 1 / mean |g|. */
  alpha0?: number;
  /** Stop early once within this distance (infinity norm) of a known optimum: same basin, no need to polish. */
  near?: { x: Float64Array; radius: number };
}

export interface SolveResult {
  x: Float64Array; f: number; g: Float64Array; iterations: number; evaluations: number; pgNorm: number;
  /** The last spectral step, to warm-start a similar problem. */
  alpha: number;
  /** Stopped because it reached opts.near. */
  joined: boolean;
}

/**
 * Newton metric from the Hessian diagonal: -h clamped to [1e-3, 1e3] x its median. The floor covers
 * non-concave or flat channels; the cap covers curvature that blows up at zero spend (Hill with
 * slope < 1), which would otherwise pin a channel at its lower bound. null when unusable.
 */
function newtonMetric(h: Float64Array | undefined): Float64Array | null {
  if (!h) return null;
  const neg = Array.from(h, (v) => Math.max(-v, 0)).sort((a, b) => a - b);
  const med = neg[Math.floor(neg.length / 2)];
  if (!(med > 0) || !Number.isFinite(med)) return null;
  return h.map((v) => Math.min(Math.max(-v, 1e-3 * med), 1e3 * med));
}

const MEMORY = 8;
const GAMMA = 1e-4;

/** Infinity-norm of the projected gradient step with the gradient rescaled to mean |g| = 1. */
export function projectedGradientNorm(p: Problem, x: Float64Array, g: Float64Array): number {
  const scale = g.reduce((a, v) => a + Math.abs(v), 0) / g.length || 1;
  const y = x.map((v, i) => v + g[i] / scale);
  const px = projectBudget(y, p.lo, p.hi, p.b);
  let m = 0;
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(px[i] - x[i]));
  return m;
}

export function solve(p: Problem, x0: Float64Array, opts: SolveOptions): SolveResult {
  let x = projectBudget(x0, p.lo, p.hi, p.b);
  let cur = p.evaluate(x);
  let { f, g } = cur;
  let evaluations = 1;
  const history = [f];
  const gs = g.reduce((a, v) => a + Math.abs(v), 0) / g.length || 1;
  let alpha = opts.alpha0 ?? 1 / gs;
  let joined = false;
  let it = 0;
  let pg = projectedGradientNorm(p, x, g);
  let stalls = 0;
  for (; it < opts.maxIterations && pg > opts.tolerance; it++) {
    const metric = newtonMetric(cur.h);
    const directions = metric
      ? [projectBudget(x.map((v, i) => v + g[i] / metric[i]), p.lo, p.hi, p.b, metric), null]
      : [null];
    let next: { f: number; g: Float64Array; h?: Float64Array } | null = null;
    let xn = x;
    for (const newton of directions) {
      const trial = newton ?? projectBudget(x.map((v, i) => v + alpha * g[i]), p.lo, p.hi, p.b);
      const d = trial.map((v, i) => v - x[i]);
      let gd = 0;
      for (let i = 0; i < d.length; i++) gd += g[i] * d[i];
      if (!(gd > 0)) continue;
      const ref = Math.min(...history);
      // the objective is float32 (tfjs): gains below its resolution cannot be seen, only trusted to the gradient
      const noise = 4e-7 * Math.abs(f);
      let lambda = 1;
      for (let k = 0; k < 12; k++) {
        xn = x.map((v, i) => v + lambda * d[i]);
        const e = p.evaluate(xn);
        evaluations++;
        if (e.f >= ref + GAMMA * lambda * gd || (lambda * gd < 10 * noise && e.f >= f - noise)) { next = e; break; }
        // safeguarded quadratic interpolation of f along d
        const denom = 2 * (e.f - f - lambda * gd);
        const lq = denom < 0 ? (-gd * lambda * lambda) / denom : lambda / 2;
        lambda = Math.min(Math.max(lq, 0.1 * lambda), 0.5 * lambda);
        if (lambda * gd < noise) break;
      }
      if (next) break; // else fall back to the spectral step
    }
    if (!next) break; // no ascent left at float precision
    const sv = xn.map((v, i) => v - x[i]);
    const yv = next.g.map((v, i) => v - g[i]);
    let ss = 0, sy = 0;
    for (let i = 0; i < sv.length; i++) { ss += sv[i] * sv[i]; sy += sv[i] * yv[i]; }
    // ascent: curvature along s is -s.y; BB step = s.s / (-s.y) when that is positive
    alpha = sy < 0 ? Math.min(Math.max(ss / -sy, 1e-12 / gs), 1e12 / gs) : 1e3 / gs;
    stalls = next.f - f <= 1e-12 * Math.abs(f) ? stalls + 1 : 0;
    x = xn; cur = next; f = next.f; g = next.g;
    history.push(f);
    if (history.length > MEMORY) history.shift();
    pg = projectedGradientNorm(p, x, g);
    if (stalls >= 3) break;
    if (opts.near) {
      let dist = 0;
      for (let i = 0; i < x.length; i++) dist = Math.max(dist, Math.abs(x[i] - opts.near.x[i]));
      if (dist < opts.near.radius) { joined = true; break; }
    }
  }
  return { x, f, g, iterations: it, evaluations, pgNorm: pg, alpha, joined };
}
