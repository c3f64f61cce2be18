// Optimizer defaults in one place: planning horizon by frequency, the frontier's budget sweep, draws and objective.
// The engine (context.ts, frontier.ts, objective.ts), `marginal optimize` and its help text, and the Optimise page read these.
import type { Frequency } from '../data/types';
import type { ObjectiveName } from './types';

/** Planning horizon in periods: a quarter (13 weeks, 90 days). */
export const DEFAULT_HORIZON: Record<Frequency, number> = { weekly: 13, daily: 90 };

export function defaultHorizon(frequency: Frequency): number {
  return DEFAULT_HORIZON[frequency];
}

/** What the plan maximises unless told otherwise: the posterior mean of the KPI over the horizon. */
export const DEFAULT_OBJECTIVE: ObjectiveName = 'mean';

/**
 * The trust region: no channel's planned spend in any period goes beyond this multiple of the largest spend in one
 * period the model was fitted on (fit/spend-seen). 1 keeps every plan inside what the data has shown; the analyst
 * widens it (`--extrapolate 1.5`, the Optimise page's field) to let the response curves be extrapolated. Values
 * below 1 are refused: they would forbid spend the data has seen, often today's own.
 */
export const DEFAULT_EXTRAPOLATE = 1;

/** Posterior draws the optimizer evaluates (thinned evenly when the fit has more). */
export const DEFAULT_MAX_DRAWS = 1000;

/** The frontier sweeps this many budgets, evenly from FRONTIER_FROM to FRONTIER_TO times the current total. */
export const FRONTIER_POINTS = 20;
export const FRONTIER_FROM = 0.5;
export const FRONTIER_TO = 2;

/** Budgets of the frontier sweep as fractions of the current total (n evenly spaced from `from` to `to`). */
export function defaultFractions(n = FRONTIER_POINTS, from = FRONTIER_FROM, to = FRONTIER_TO): number[] {
  return Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));
}

/**
 * The app re-optimises as the analyst types, so it thins harder than the CLI: a plan over 500 draws and the
 * frontier over 250 (same budgets, fewer draws each), trading Monte Carlo error on the uplift for interactivity.
 */
export const INTERACTIVE_PLAN_DRAWS = 500;
export const INTERACTIVE_FRONTIER_DRAWS = 250;
