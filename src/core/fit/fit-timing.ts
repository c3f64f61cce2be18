// What a fit's time went to: gradients per second, leapfrog steps per draw, the slowest chain, the model's size,
// and (when the fit was slow) a verdict in words telling geometry (many steps per draw) from size (costly steps).
// The one source of the timing figures both the Fit page and the CLI (`marginal fit`, `marginal summary`) show.
import {
  FEW_GRADIENTS_PER_SECOND, MANY_LEAPFROGS_PER_DRAW, SLOW_CHAIN_RATIO, SLOW_FIT_SECONDS, WELL_CONDITIONED_LEAPFROGS,
} from '../diagnostics/thresholds';
import { parameterEntries } from '../model/params';
import { mean, median } from '../stats';
import type { ModelJson } from './model-json';

/** The parts of a model.json the timing reads (older files may lack the per-chain fields). */
export type TimedModel = Pick<ModelJson, 'spec' | 'fit' | 'data' | 'holdout' | 'diagnostics'> & {
  sampler: Pick<ModelJson['sampler'], 'n_leapfrog'>;
};

export interface FitTiming {
  /** Sampling wall time of the run (all chains in parallel), seconds. */
  seconds: number;
  /** Gradient evaluations of all chains (warmup included) per wall second (NaN when no time was recorded). */
  gradientsPerSecond: number;
  /** Per chain: wall seconds, gradients per second (absent in model.json files without per-chain timing). */
  chainSeconds?: number[];
  chainGradientsPerSecond?: number[];
  /** Median over chains of gradients per second. */
  medianChainGradientsPerSecond?: number;
  /** Mean leapfrog steps per sampling draw, over every chain, and per chain. */
  leapfrogsPerDraw: number;
  chainLeapfrogsPerDraw: number[];
  /** Mean leapfrog steps per warmup iteration, from the gradients not spent in sampling (absent when unknown). */
  warmupLeapfrogsPerDraw?: number;
  /** The chain (0-based) with the longest wall time and its time over the median chain's. */
  slowestChain?: { chain: number; seconds: number; ratio: number };
  parameters: number;
  periods: number;
  channels: number;
  frequency: string;
  /** Why the fit was slow, in words; absent when it was not slow. */
  verdict?: string;
  /** The figures in words, one phrase each, for a line or a list. */
  figures: string[];
}

const int = (v: number) => Math.round(v).toLocaleString('en-US');
const ratio = (v: number) => `${v.toFixed(1)}x`;
const secs = (s: number) => (s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`);

/** Per-chain figures only when model.json recorded them for every chain. */
function perChain(values: number[] | undefined, chains: number): number[] | undefined {
  return values && values.length === chains && chains > 0 ? values : undefined;
}

/** Warmup steps per iteration: every gradient not spent on a sampling draw was spent in warmup (plus the handful the
 *  initialisation and step-size searches take), so it is known only when every chain finished its warmup. */
function warmupLeapfrogs(m: TimedModel, chainGradients: number[] | undefined): number | undefined {
  const draws = m.sampler.n_leapfrog;
  if (!chainGradients || m.fit.warmup <= 0 || draws.some((c) => c.length === 0)) return undefined;
  let warm = 0;
  draws.forEach((c, i) => {
    warm += chainGradients[i] - c.reduce((s, v) => s + v, 0);
  });
  return warm / (m.fit.warmup * draws.length);
}

function slowest(chainSeconds: number[] | undefined): FitTiming['slowestChain'] {
  if (!chainSeconds || chainSeconds.length < 2) return undefined;
  const chain = chainSeconds.indexOf(Math.max(...chainSeconds));
  const mid = median(chainSeconds);
  return { chain, seconds: chainSeconds[chain], ratio: mid > 0 ? chainSeconds[chain] / mid : 1 };
}

function verdictText(t: Omit<FitTiming, 'verdict' | 'figures'>, fit: ModelJson['fit']): string | undefined {
  if (!(t.seconds > SLOW_FIT_SECONDS)) return undefined;
  const well = `a well-conditioned model needs ${WELL_CONDITIONED_LEAPFROGS.min}-${WELL_CONDITIONED_LEAPFROGS.max}`;
  const rate = t.medianChainGradientsPerSecond ?? t.gradientsPerSecond / Math.max(1, fit.chains);
  const size = `${int(rate)} gradients per second per chain on ${int(t.periods)} ${t.frequency} periods x ${t.channels} channels (${t.parameters} parameters)`;
  const geometric = t.leapfrogsPerDraw > MANY_LEAPFROGS_PER_DRAW;
  const large = rate < FEW_GRADIENTS_PER_SECOND;
  let text: string;
  if (geometric && large) {
    text = `Slow because of geometry and size: ${int(t.leapfrogsPerDraw)} leapfrogs per draw (${well}) at ${size}. ` +
      'Fewer channels, or weekly instead of daily data, cut both; informative priors (ROI beliefs, lift tests) help the sampler where the data identify little.';
  } else if (geometric) {
    text = `Slow because of geometry: ${int(t.leapfrogsPerDraw)} leapfrogs per draw (${well}). ` +
      'The posterior has narrow or curved ridges (often a channel whose saturation and effect the data cannot tell apart); consider informative priors (ROI beliefs, lift tests) or fewer channels.';
  } else if (large) {
    text = `Slow because of size: ${size}. Each gradient is a pass over all the data; consider weekly instead of daily data, fewer channels or controls, or fewer draws.`;
  } else {
    text = `Slow because of length: ${fit.chains} chains x (${int(fit.warmup)} warmup + ${int(fit.draws)} draws) at ${int(t.leapfrogsPerDraw)} leapfrogs per draw and ${int(rate)} gradients per second per chain; ` +
      'neither geometry nor size stands out. Fewer draws, or a less busy machine, would be faster.';
  }
  const s = t.slowestChain;
  if (s && s.ratio > SLOW_CHAIN_RATIO) {
    const steps = t.chainLeapfrogsPerDraw[s.chain];
    text += ` Chain ${s.chain + 1} held the fit up: ${ratio(s.ratio)} the median chain's time${Number.isFinite(steps) ? ` (${int(steps)} leapfrogs per draw against ${int(median(t.chainLeapfrogsPerDraw))})` : ''}.`;
  }
  return text;
}

function figureText(t: Omit<FitTiming, 'figures'>): string[] {
  const out: string[] = [];
  const g = t.chainGradientsPerSecond;
  if (Number.isFinite(t.gradientsPerSecond)) {
    out.push(`${int(t.gradientsPerSecond)} gradients per second` +
      (g ? ` (per chain ${g.length > 1 ? `${int(Math.min(...g))} to ${int(Math.max(...g))}` : int(g[0])})` : ''));
  }
  if (Number.isFinite(t.leapfrogsPerDraw)) {
    out.push(`${int(t.leapfrogsPerDraw)} leapfrogs per draw` +
      (t.warmupLeapfrogsPerDraw !== undefined ? ` (about ${int(t.warmupLeapfrogsPerDraw)} in warmup)` : ''));
  }
  const s = t.slowestChain;
  if (s) out.push(`slowest chain ${s.chain + 1}: ${secs(s.seconds)}, ${ratio(s.ratio)} the median chain`);
  out.push(`${t.parameters} parameters on ${int(t.periods)} ${t.frequency} periods x ${t.channels} channels`);
  return out;
}

/** The timing of a fit from its model.json: figures always, a verdict only when the sampling took over SLOW_FIT_SECONDS. */
export function fitTiming(m: TimedModel): FitTiming {
  const d = m.diagnostics;
  const chains = m.sampler.n_leapfrog.length;
  const chainSeconds = perChain(d.chain_seconds, chains);
  const chainGradients = perChain(d.chain_gradients, chains);
  const timed = chainSeconds && chainGradients && chainSeconds.every((s) => s > 0);
  const chainGradientsPerSecond = timed ? chainGradients.map((g, i) => g / chainSeconds[i]) : undefined;
  const timing: Omit<FitTiming, 'verdict' | 'figures'> = {
    seconds: d.seconds,
    gradientsPerSecond: d.seconds > 0 ? d.gradients / d.seconds : NaN,
    chainSeconds,
    chainGradientsPerSecond,
    medianChainGradientsPerSecond: chainGradientsPerSecond ? median(chainGradientsPerSecond) : undefined,
    leapfrogsPerDraw: mean(m.sampler.n_leapfrog.flat()),
    chainLeapfrogsPerDraw: m.sampler.n_leapfrog.map((c) => mean(c)),
    warmupLeapfrogsPerDraw: warmupLeapfrogs(m, chainGradients),
    slowestChain: slowest(chainSeconds),
    parameters: parameterEntries(m.spec, m.data.kpi.length - (m.holdout?.periods ?? 0)).length,
    periods: m.data.kpi.length - (m.holdout?.periods ?? 0),
    channels: m.spec.channels.length,
    frequency: m.data.frequency,
  };
  const verdict = verdictText(timing, m.fit);
  const withVerdict = { ...timing, verdict };
  return { ...withVerdict, figures: figureText(withVerdict) };
}
