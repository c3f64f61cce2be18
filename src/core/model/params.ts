// The sampled parameters of a spec, in the order of the unconstrained vector q, with their supports.
// Order: intercept, trend, gamma_control[k], gamma_fourier[sin_1, cos_1, ...] (the linear baseline,
// contiguous as the WASM blob expects), adstock_alpha[c] (geometric, delayed), adstock_theta[c] (delayed),
// adstock_lam[c], adstock_k[c] (Weibull),
// saturation_lam[c] (logistic, MM), saturation_kappa[c], saturation_slope[c] (Hill),
// saturation_beta[c] or roi[c], sigma, nu (Student-t), then the flexible baseline's baseline_tau and
// baseline_eps[1..J-1] (components/baseline-flex.ts; J depends on the fitted periods), then synergy_eta[a×b] per
// synergy pair.
import type { ModelSpec } from './spec';
import type { TransformKind } from './codes';
import { isWeibull, minLmax } from './components/adstock';
import { hasFlex, knotEvery, knotCount, FLEX_TAU, flexEpsName } from './components/baseline-flex';
import { SYNERGY_KEY, synergyPairs } from './components/synergy';

export interface ParamEntry {
  /** Reported name, e.g. adstock_alpha[x1]. */
  name: string;
  /** The priors key (PyMC-Marketing name without the index). */
  key: string;
  /** Position in the key's per-element list (channel, control or Fourier term index; 0 for scalars). */
  elem: number;
  transform: TransformKind;
  lo: number;
  hi: number;
}

/** Keys whose priors may be lists with one value per channel. */
export const CHANNEL_KEYS = ['adstock_alpha', 'adstock_theta', 'adstock_lam', 'adstock_k', 'saturation_lam', 'saturation_kappa', 'saturation_slope', 'saturation_beta', 'roi'];
export const SCALAR_KEYS = ['intercept', 'trend', 'sigma', 'nu', 'baseline_tau'];
export const ALL_KEYS = [...SCALAR_KEYS, 'gamma_control', 'gamma_fourier', ...CHANNEL_KEYS, SYNERGY_KEY];

export function usesRoi(spec: ModelSpec): boolean {
  return spec.priors != null && Object.prototype.hasOwnProperty.call(spec.priors, 'roi');
}

export function fourierNames(order: number): string[] {
  const out: string[] = [];
  for (let k = 1; k <= order; k++) out.push(`sin_${k}`, `cos_${k}`);
  return out;
}

/** How many elements a key has in this spec (list priors must have this length). */
export function keyLength(spec: ModelSpec, key: string): number {
  if (CHANNEL_KEYS.includes(key)) return spec.channels.length;
  if (key === 'gamma_control') return spec.controls.length;
  if (key === 'gamma_fourier') return 2 * spec.yearly;
  if (key === SYNERGY_KEY) return spec.synergy?.length ?? 0;
  return 1;
}

/**
 * The sampled parameters in q order. `periods` (the fitted rows) sizes the flexible baseline's knot grid; without
 * it only baseline_tau is listed (enough for checking priors, whose keys do not include baseline_eps).
 */
export function parameterEntries(spec: ModelSpec, periods?: number): ParamEntry[] {
  const out: ParamEntry[] = [];
  const real = (name: string, key: string, elem: number) => out.push({ name, key, elem, transform: 'real', lo: -Infinity, hi: Infinity });
  const pos = (name: string, key: string, elem: number) => out.push({ name, key, elem, transform: 'positive', lo: 0, hi: Infinity });
  real('intercept', 'intercept', 0);
  if (spec.trend) real('trend', 'trend', 0);
  spec.controls.forEach((k, i) => real(`gamma_control[${k}]`, 'gamma_control', i));
  fourierNames(spec.yearly).forEach((f, i) => real(`gamma_fourier[${f}]`, 'gamma_fourier', i));
  const ch = spec.channels;
  ch.forEach((c, i) => {
    if (!isWeibull(c.adstock)) out.push({ name: `adstock_alpha[${c.name}]`, key: 'adstock_alpha', elem: i, transform: 'interval', lo: 0, hi: 1 });
  });
  ch.forEach((c, i) => {
    if (c.adstock === 'delayed') out.push({ name: `adstock_theta[${c.name}]`, key: 'adstock_theta', elem: i, transform: 'interval', lo: 0, hi: c.lmax - 1 });
  });
  ch.forEach((c, i) => {
    if (!isWeibull(c.adstock)) return;
    if (!(c.lmax >= minLmax(c.adstock))) throw new Error(`channel "${c.name}": lmax must be at least ${minLmax(c.adstock)} for ${c.adstock} adstock, got ${c.lmax}`);
    pos(`adstock_lam[${c.name}]`, 'adstock_lam', i);
  });
  ch.forEach((c, i) => { if (isWeibull(c.adstock)) pos(`adstock_k[${c.name}]`, 'adstock_k', i); });
  ch.forEach((c, i) => { if (c.saturation !== 'hill') pos(`saturation_lam[${c.name}]`, 'saturation_lam', i); });
  ch.forEach((c, i) => { if (c.saturation === 'hill') pos(`saturation_kappa[${c.name}]`, 'saturation_kappa', i); });
  ch.forEach((c, i) => { if (c.saturation === 'hill') pos(`saturation_slope[${c.name}]`, 'saturation_slope', i); });
  const betaKey = usesRoi(spec) ? 'roi' : 'saturation_beta';
  ch.forEach((c, i) => pos(`${betaKey}[${c.name}]`, betaKey, i));
  pos('sigma', 'sigma', 0);
  if (spec.likelihood === 'student-t') pos('nu', 'nu', 0);
  if (hasFlex(spec)) {
    pos(FLEX_TAU, FLEX_TAU, 0);
    if (periods !== undefined) {
      const J = knotCount(periods - 1, knotEvery(spec));
      for (let j = 1; j < J; j++) real(flexEpsName(j), 'baseline_eps', j - 1);
    }
  }
  synergyPairs(spec).forEach((p, i) => real(`${SYNERGY_KEY}[${p.name}]`, SYNERGY_KEY, i));
  return out;
}
