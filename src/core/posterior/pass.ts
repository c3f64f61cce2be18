// The one posterior pass: each kept draw goes through the forward model once, giving mu, the baseline, every
// channel's contribution and the counterfactuals ROI and mROI need. Stored compactly (draws x periods per series,
// per-draw totals) and cached per model and options; every posterior quantity reads from it.
import type { ModelJson } from '../fit/model-json';
import { channelParams, channelUnitContribution, forwardModel, synergyDelta, synergyPairs, synergyParamName, type ResolvedPair } from '../model';
import { thinIndices } from '../stats';
import { posteriorContext } from './context';
import { counterfactualDelta, zeroSpendDelta } from './counterfactual';
import { drawCount, posteriorDraws, type DrawOptions, type PosteriorDraws } from './draws';

export interface PassOptions extends DrawOptions {
  /** mROI's relative spend increase across the fitted window (0.01 = +1%). */
  increase?: number;
  /**
   * The per-period baseline and contribution series: true when the caller reads them (contribution and baseline
   * charts), false to never keep them; absent (totals, ROI, mROI, shares, mu, metrics), they are kept while they
   * fit in SERIES_BUDGET values, so one pass serves a page's every request, and dropped for every draw of a large
   * model (4,000 draws x 1,095 days x 30 channels of contributions alone would be 1 GB).
   */
  series?: boolean;
}

export const DEFAULT_MROI_INCREASE = 0.01;

/** Most series values (draws x fitted periods x (channels + baseline)) a pass keeps unasked: 256 MB of float64. */
export const SERIES_BUDGET = 2 ** 25;

export interface PosteriorPass {
  draws: PosteriorDraws;
  /** Draws evaluated. */
  n: number;
  /** Rows of model.data (the 'all' window); the first nFit of them are the fitted rows (the 'fit' window). */
  T: number;
  nFit: number;
  channels: string[];
  increase: number;
  /** n x T, row-major: the expected KPI (no observation noise) on every row, original units. */
  mu: Float64Array;
  /** Whether baseline and contributions hold their series (empty arrays when the pass was asked for totals only). */
  series: boolean;
  /** n x nFit: the baseline (everything but paid media) over the fitted rows. */
  baseline: Float64Array;
  /** channel -> n x nFit: the channel's contribution over the fitted rows. */
  contributions: Record<string, Float64Array>;
  /** The spec's synergy pairs (spec.synergy order; empty without any). */
  pairs: ResolvedPair[];
  /** pair name (a×b) -> n x nFit: the synergy term eta x sat_a x sat_b over the fitted rows (its own contribution). */
  synergy: Record<string, Float64Array>;
  /** pair name -> per draw: the synergy's sum over the fitted rows. */
  synergyTotal: Record<string, Float64Array>;
  /** Per draw, sums over the fitted rows. */
  muTotal: Float64Array;
  baselineTotal: Float64Array;
  contributionTotal: Record<string, Float64Array>;
  /** Per draw: KPI lost over the fitted rows with the channel's spend zeroed, per unit of its spend (its synergies,
   *  which vanish with its saturation, included). */
  roi: Record<string, Float64Array>;
  /** Per draw: extra KPI from `increase` more spend in every fitted period, per unit of extra spend (the change of its
   *  synergies included). */
  mroi: Record<string, Float64Array>;
}

/** Rows of an n x stride matrix, each an owned copy of its first `width` values (callers may keep or transfer them). */
export function matrixRows(m: Float64Array, n: number, stride: number, width = stride): Float64Array[] {
  return Array.from({ length: n }, (_, d) => m.slice(d * stride, d * stride + width));
}

function evaluate(model: ModelJson, draws: PosteriorDraws, increase: number, series: boolean): PosteriorPass {
  // One evaluation over every row: the fitted rows come out exactly as a fit-window evaluation gives them
  // (same scaling and trend span, carryover only from earlier rows).
  const all = posteriorContext(model, 'all');
  const fit = posteriorContext(model);
  const { spec, kpiScale: k, nFit } = fit;
  const T = all.T, n = draws.n;
  const channels = fit.channels.map((c) => c.name);
  const more = fit.channels.map((ch) => fit.xScaled[ch.name].map((v) => v * (1 + increase)));
  const perChannel = (size: number) => Object.fromEntries(channels.map((name) => [name, new Float64Array(size)]));
  const pairs = synergyPairs(spec);
  const perPair = (size: number) => Object.fromEntries(pairs.map((p) => [p.name, new Float64Array(size)]));
  const inPair = channels.map((_, c) => pairs.some((p) => p.ia === c || p.ib === c));
  const pass: PosteriorPass = {
    draws, n, T, nFit, channels, increase, series,
    mu: new Float64Array(n * T), baseline: new Float64Array(series ? n * nFit : 0), contributions: perChannel(series ? n * nFit : 0),
    pairs, synergy: perPair(series ? n * nFit : 0), synergyTotal: perPair(n),
    muTotal: new Float64Array(n), baselineTotal: new Float64Array(n), contributionTotal: perChannel(n),
    roi: perChannel(n), mroi: perChannel(n),
  };
  const values: Record<string, number> = {};
  for (let d = 0; d < n; d++) {
    draws.record(d, values);
    const f = forwardModel(spec, all.scaled, values);
    let muSum = 0, baseSum = 0;
    for (let t = 0; t < T; t++) {
      const v = f.mu[t] * k;
      pass.mu[d * T + t] = v;
      if (t < nFit) muSum += v;
    }
    for (let t = 0; t < nFit; t++) {
      const v = f.baseline[t] * k;
      if (series) pass.baseline[d * nFit + t] = v;
      baseSum += v;
    }
    pass.muTotal[d] = muSum;
    pass.baselineTotal[d] = baseSum;
    const synSum = pairs.map((pair, j) => {
      const term = f.synergy[j], out = pass.synergy[pair.name];
      let sum = 0;
      for (let t = 0; t < nFit; t++) {
        const v = term[t] * k;
        if (series) out[d * nFit + t] = v;
        sum += v;
      }
      pass.synergyTotal[pair.name][d] = sum;
      return sum;
    });
    fit.channels.forEach((ch, c) => {
      const name = ch.name;
      const term = f.channels[c];
      const series = pass.contributions[name];
      let sum = 0;
      for (let t = 0; t < nFit; t++) {
        const v = term[t] * k;
        if (pass.series) series[d * nFit + t] = v;
        sum += v;
      }
      pass.contributionTotal[name][d] = sum;
      const p = channelParams(spec, values, c);
      const spend = fit.spendTotal[name];
      let lost = -zeroSpendDelta(ch, p, term, nFit) * k;
      let gained = counterfactualDelta(ch, p, term, more[c]) * k;
      if (inPair[c]) {
        // Zeroing the channel zeroes its saturation, so each of its synergies vanishes; +increase moves them.
        const uMore = channelUnitContribution(ch, more[c], p);
        pairs.forEach((pair, j) => {
          if (pair.ia !== c && pair.ib !== c) return;
          lost += synSum[j];
          gained += synergyDelta(values[synergyParamName(pair)], f.units[c], uMore, f.units[pair.ia === c ? pair.ib : pair.ia], nFit) * k;
        });
      }
      pass.roi[name][d] = lost / spend;
      pass.mroi[name][d] = gained / (spend * increase);
    });
  }
  return pass;
}

/** The rows `idx` of a pass over every draw: what evaluating only those draws gives, without evaluating again. */
function subset(full: PosteriorPass, draws: PosteriorDraws, idx: number[]): PosteriorPass {
  // (only called with a full pass that has series whenever the thinned request wants them)
  const rows = (m: Float64Array, w: number) => {
    if (m.length === 0) return m; // a totals-only pass's empty series stay empty
    const out = new Float64Array(idx.length * w);
    idx.forEach((i, d) => out.set(m.subarray(i * w, (i + 1) * w), d * w));
    return out;
  };
  const pick = (v: Float64Array) => Float64Array.from(idx, (i) => v[i]);
  const each = (r: Record<string, Float64Array>, f: (v: Float64Array) => Float64Array) =>
    Object.fromEntries(Object.entries(r).map(([name, v]) => [name, f(v)]));
  return {
    ...full, draws, n: idx.length,
    mu: rows(full.mu, full.T), baseline: rows(full.baseline, full.nFit),
    contributions: each(full.contributions, (v) => rows(v, full.nFit)),
    synergy: each(full.synergy, (v) => rows(v, full.nFit)), synergyTotal: each(full.synergyTotal, pick),
    muTotal: pick(full.muTotal), baselineTotal: pick(full.baselineTotal),
    contributionTotal: each(full.contributionTotal, pick), roi: each(full.roi, pick), mroi: each(full.mroi, pick),
  };
}

// Cached per model and options for the current task only (cleared by a zero-delay timer): a fit's summaries and the
// Results page each read one pass many times within one synchronous computation, and a fitted model kept for the
// session would otherwise hold every draw's series (tens of MB for the demo) for as long as it lives.
let cache = new WeakMap<ModelJson, Map<string, PosteriorPass>>();
let clearing = false;

function passesOf(model: ModelJson): Map<string, PosteriorPass> {
  if (!clearing) {
    clearing = true;
    setTimeout(() => { cache = new WeakMap(); clearing = false; }, 0);
  }
  let passes = cache.get(model);
  if (!passes) cache.set(model, (passes = new Map()));
  return passes;
}

/** The pass for these options, evaluated once per model, number of kept draws and mROI increase. A thinned
 *  request is served from a cached pass over every draw when there is one. */
export function posteriorPass(model: ModelJson, opts: PassOptions = {}): PosteriorPass {
  const increase = opts.increase ?? DEFAULT_MROI_INCREASE;
  if (!(increase > 0)) throw new Error(`mROI increase must be positive, got ${increase}`);
  const draws = posteriorDraws(model, opts);
  const passes = passesOf(model);
  const need = opts.series === true;
  // A pass with series serves a request for totals only; a pass is only reused with the very draws object it was
  // computed from (a model whose draws were replaced gets new ones).
  const usable = (p: PosteriorPass | undefined, d: PosteriorDraws): p is PosteriorPass => !!p && p.draws === d && (p.series || !need);
  const cached = [passes.get(`${draws.n}|${increase}|series`), passes.get(`${draws.n}|${increase}|totals`)].find((p) => usable(p, draws));
  if (cached) return cached;
  const total = drawCount(model);
  const all = posteriorDraws(model);
  const full = [passes.get(`${total}|${increase}|series`), passes.get(`${total}|${increase}|totals`)].find((p) => usable(p, all));
  const { nFit, channels, spec } = posteriorContext(model);
  const keep = opts.series ?? draws.n * nFit * (channels.length + 1 + (spec.synergy?.length ?? 0)) <= SERIES_BUDGET;
  const pass = full && draws.n < total ? subset(full, draws, thinIndices(total, opts.maxDraws)) : evaluate(model, draws, increase, keep);
  passes.set(`${draws.n}|${increase}|${pass.series ? 'series' : 'totals'}`, pass);
  return pass;
}
