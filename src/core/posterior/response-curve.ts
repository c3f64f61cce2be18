// Response curves: steady-state KPI per period as a function of spend per period, per draw, original units.
import type { ModelJson } from '../fit/model-json';
import { channelParams, saturationCurve } from '../model';
import { largestSpendSeen } from '../fit/spend-seen';
import { posteriorContext } from './context';
import { posteriorDraws, type DrawOptions } from './draws';

export interface ResponseCurveOptions extends DrawOptions {
  /** Spend per period (original units) to evaluate at; default `points` values from 0 to `maxFactor` x the largest observed period spend. */
  grid?: number[];
  points?: number;
  maxFactor?: number;
}

export interface ResponseCurve {
  /** Spend per period, original units. */
  spend: number[];
  /** response[draw][i]: KPI per period at spend[i] held forever, original units. */
  response: Float64Array[];
  /** Spend per period now: the mean over the fitted window, original units. */
  current: number;
  /** The largest spend in one period the model was fitted on (fit/spend-seen): beyond it the curve is extrapolated. */
  seen: number;
}

/** The normalised adstock weights sum to 1, so a spend held at x every period has steady-state adstock x:
 *  the steady-state response is the saturation curve at x (scaled), times the KPI scale. */
export function responseCurves(model: ModelJson, opts: ResponseCurveOptions = {}): Record<string, ResponseCurve> {
  const ctx = posteriorContext(model);
  const draws = posteriorDraws(model, opts);
  const values: Record<string, number> = {};
  const seen = largestSpendSeen(model);
  const curves = ctx.channels.map((ch) => ({
    grid: opts.grid ?? defaultGrid(seen[ch.name], opts.points ?? 41, opts.maxFactor ?? 1.5),
    response: [] as Float64Array[],
  }));
  for (let d = 0; d < draws.n; d++) {
    draws.record(d, values);
    ctx.channels.forEach((ch, c) => {
      const p = channelParams(ctx.spec, values, c);
      const chScale = model.scaling.channels[ch.name];
      curves[c].response.push(Float64Array.from(curves[c].grid, (s) => saturationCurve(ch, p, s / chScale) * ctx.kpiScale));
    });
  }
  return Object.fromEntries(ctx.channels.map((ch, c) => [ch.name, {
    spend: curves[c].grid, response: curves[c].response, current: ctx.spendTotal[ch.name] / ctx.T, seen: seen[ch.name],
  }]));
}

function defaultGrid(maxSpend: number, points: number, factor: number): number[] {
  const top = maxSpend * factor;
  return Array.from({ length: points }, (_, i) => (top * i) / (points - 1));
}
