// "ROI around 1.5x, could be 0.5x to 4x" <-> a LogNormal ROI prior (median = around, the range = a central 94% interval).
// Pure math on priors, so it lives in the core; the Model page shows it and draws from it via the prior predictive.
import type { PriorSpec } from './spec';
import { DEFAULT_ROI_PRIOR } from './defaults';

/** z of the 97th percentile of a standard Normal: a central 94% interval spans +-Z94 sigma (the report's 3%-97%). */
export const Z94 = 1.8807936081512509;

export interface RoiWords {
  around: number;
  low: number;
  high: number;
}


/** Why a belief cannot be turned into a prior, or null when it can. */
export function roiWordsProblem(w: RoiWords): string | null {
  if (![w.around, w.low, w.high].every((v) => Number.isFinite(v) && v > 0)) return 'ROI values must be positive numbers';
  if (!(w.low < w.around && w.around < w.high)) return 'the range must contain the typical ROI (low < around < high)';
  return null;
}

/** mu = ln(around); sigma spreads the log-range over a 94% interval. */
export function roiWordsToLogNormal(w: RoiWords): { mu: number; sigma: number } {
  return { mu: Math.log(w.around), sigma: (Math.log(w.high) - Math.log(w.low)) / (2 * Z94) };
}

/** The priors.roi entry for one belief per channel (lists, one value per channel, in channel order). */
export function roiPrior(words: RoiWords[]): PriorSpec {
  const ps = words.map(roiWordsToLogNormal);
  const round = (v: number) => Math.round(v * 10000) / 10000;
  return { dist: 'LogNormal', mu: ps.map((p) => round(p.mu)), sigma: ps.map((p) => round(p.sigma)) };
}

/** The beliefs a LogNormal roi prior expresses (median and 94% interval), for showing an edited JSON in words. */
export function roiPriorToWords(prior: PriorSpec | undefined, n: number): RoiWords[] | null {
  if (!prior || prior.dist !== 'LogNormal') return null;
  const at = (v: unknown, i: number) => (Array.isArray(v) ? Number(v[i]) : Number(v));
  const out: RoiWords[] = [];
  for (let i = 0; i < n; i++) {
    const mu = at(prior.mu, i);
    const sigma = at(prior.sigma, i);
    if (!Number.isFinite(mu) || !(sigma > 0)) return null;
    const r = (v: number) => Number(v.toPrecision(2));
    out.push({ around: r(Math.exp(mu)), low: r(Math.exp(mu - Z94 * sigma)), high: r(Math.exp(mu + Z94 * sigma)) });
  }
  return out;
}

/** The default ROI prior (defaults.ts) in words: what the Model step shows before the user says otherwise. */
export const DEFAULT_ROI_WORDS: RoiWords = roiPriorToWords(DEFAULT_ROI_PRIOR, 1)![0];
