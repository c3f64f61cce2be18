// Prior configuration in PyMC-Marketing's model_config style: parsing/validation (errors name the key)
// and resolution into one concrete prior per sampled parameter (what packing writes into the blob).
import type { ModelSpec, PriorConfig, PriorSpec } from './spec';
import { ALL_KEYS, SCALAR_KEYS, keyLength, parameterEntries, type ParamEntry } from './params';
import { defaultPrior } from './defaults';
import { DIST_CODES, type TransformKind } from './codes';

type Dist = PriorSpec['dist'];
/** Required parameters of each distribution, then optional ones. */
const REQUIRED: Record<Dist, string[]> = {
  Normal: ['mu', 'sigma'], HalfNormal: ['sigma'], LogNormal: ['mu', 'sigma'], Gamma: ['alpha', 'beta'],
  Beta: ['alpha', 'beta'], Laplace: ['mu', 'b'], TruncatedNormal: ['mu', 'sigma'],
};
const OPTIONAL: Record<Dist, string[]> = {
  Normal: [], HalfNormal: [], LogNormal: [], Gamma: [], Beta: [], Laplace: [], TruncatedNormal: ['lower', 'upper'],
};
/** Parameters that must be > 0. */
const POSITIVE = new Set(['sigma', 'alpha', 'beta', 'b']);

export interface ResolvedPrior extends ParamEntry {
  dist: Dist;
  /** p1..p4 in the WASM's order: the distribution's parameters as listed in REQUIRED then OPTIONAL. */
  p: [number, number, number, number];
  /** The prior is evaluated at (x - shift) / scale (a Beta on adstock_theta is on theta / (lmax - 1)). */
  shift: number;
  scale: number;
}

function fail(msg: string): never {
  throw new Error(msg);
}

function checkValue(where: string, name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${where}: parameter "${name}" must be a finite number, got ${JSON.stringify(v)}`);
  if (POSITIVE.has(name) && !(v > 0)) fail(`${where}: parameter "${name}" must be > 0, got ${v}`);
  return v;
}

/** Validates one key's prior; returns a clean copy. */
function parseOne(key: string, raw: unknown, spec: ModelSpec): PriorSpec {
  const where = `priors.${key}`;
  if (raw == null || typeof raw !== 'object' || Array.isArray(raw)) fail(`${where} must be an object like {"dist": "Normal", "mu": 0, "sigma": 1}`);
  const obj = raw as Record<string, unknown>;
  const dist = obj.dist;
  if (typeof dist !== 'string' || !Object.hasOwn(REQUIRED, dist)) {
    fail(`${where}: unknown distribution ${JSON.stringify(dist)} (expected one of ${Object.keys(REQUIRED).join(', ')})`);
  }
  const d = dist as Dist;
  const n = keyLength(spec, key);
  const allowed = [...REQUIRED[d], ...OPTIONAL[d]];
  const out: PriorSpec = { dist: d };
  for (const name of Object.keys(obj)) {
    if (name === 'dist' || name === 'dims') continue;
    if (!allowed.includes(name)) fail(`${where}: unknown parameter "${name}" for ${d} (expected ${allowed.join(', ')})`);
  }
  for (const name of allowed) {
    const v = obj[name];
    if (v === undefined) {
      if (REQUIRED[d].includes(name)) fail(`${where}: missing parameter "${name}" for ${d}`);
      continue;
    }
    if (Array.isArray(v)) {
      if (SCALAR_KEYS.includes(key)) fail(`${where}: parameter "${name}" must be a single number (${key} is a scalar)`);
      if (v.length !== n) fail(`${where}: parameter "${name}" has ${v.length} values, expected ${n} (one per ${key === 'gamma_control' ? 'control' : key === 'gamma_fourier' ? 'Fourier term' : key === 'synergy_eta' ? 'synergy pair' : 'channel'})`);
      out[name] = v.map((x, i) => checkValue(`${where}[${i}]`, name, x));
    } else {
      out[name] = checkValue(where, name, v);
    }
  }
  if (d === 'TruncatedNormal') {
    for (let i = 0; i < n; i++) {
      const lo = elemValue(out, 'lower', i, -Infinity), hi = elemValue(out, 'upper', i, Infinity);
      if (!(lo < hi)) fail(`${where}: lower (${lo}) must be below upper (${hi})`);
    }
  }
  return out;
}

function elemValue(p: PriorSpec, name: string, i: number, dflt: number): number {
  const v = p[name];
  if (v === undefined) return dflt;
  return Array.isArray(v) ? v[i] : (v as number);
}

/**
 * Parses a priors object (or its JSON text) against a spec. Unknown keys, unknown distributions,
 * missing/invalid parameters, wrong-length lists and priors whose support excludes part of the
 * parameter's support are errors naming the key. Keys not given keep their defaults.
 */
export function parsePriors(json: unknown, spec: ModelSpec): PriorConfig {
  let obj = json;
  if (typeof json === 'string') {
    try { obj = JSON.parse(json); } catch (e) { fail(`priors: not valid JSON (${(e as Error).message})`); }
  }
  if (obj == null || typeof obj !== 'object' || Array.isArray(obj)) fail('priors must be a JSON object keyed by parameter name');
  const out: PriorConfig = {};
  for (const [key, raw] of Object.entries(obj as Record<string, unknown>)) {
    if (!ALL_KEYS.includes(key)) fail(`priors.${key}: unknown parameter (expected one of ${ALL_KEYS.join(', ')})`);
    out[key] = parseOne(key, raw, spec);
  }
  // Under an ROI prior saturation_beta is derived from roi, not sampled: a prior on it would be ignored.
  if (Object.prototype.hasOwnProperty.call(out, 'roi') && Object.prototype.hasOwnProperty.call(out, 'saturation_beta')) {
    fail('priors.saturation_beta and priors.roi: give one, not both (with an roi prior, saturation_beta is derived from the ROI and a prior on it would be ignored)');
  }
  resolveWith(out, { ...spec, priors: out }); // support checks
  return out;
}

const DIST_SUPPORT: Record<Dist, [number, number]> = {
  Normal: [-Infinity, Infinity], Laplace: [-Infinity, Infinity], HalfNormal: [0, Infinity],
  LogNormal: [0, Infinity], Gamma: [0, Infinity], Beta: [0, 1], TruncatedNormal: [-Infinity, Infinity],
};

function supportText(lo: number, hi: number): string {
  return `[${lo}, ${hi === Infinity ? 'inf' : hi}]`.replace('-Infinity', '-inf');
}

function resolveEntry(e: ParamEntry, prior: PriorSpec, user: boolean): ResolvedPrior {
  const d = prior.dist;
  const names = [...REQUIRED[d], ...OPTIONAL[d]];
  const p: [number, number, number, number] = [0, 0, 0, 0];
  names.forEach((name, j) => {
    p[j] = elemValue(prior, name, e.elem, name === 'lower' ? -Infinity : Infinity);
  });
  // A Beta on a bounded parameter other than [0, 1] is a Beta on the rescaled value.
  const scale = d === 'Beta' && e.transform === 'interval' ? e.hi - e.lo : 1;
  const shift = d === 'Beta' && e.transform === 'interval' ? e.lo : 0;
  let [lo, hi] = DIST_SUPPORT[d];
  if (d === 'TruncatedNormal') { lo = p[2]; hi = p[3]; }
  if (d === 'Beta') { lo = shift; hi = shift + scale; }
  // The prior must cover the parameter's support (a wider prior is truncated to it, which only
  // changes a constant); a narrower one would leave regions of zero density the sampler can reach.
  if (lo > e.lo || hi < e.hi) {
    const where = user ? `priors.${e.key}` : `default prior of ${e.key}`;
    fail(`${where}: ${d} has support ${supportText(lo, hi)} but ${e.name} takes values in ${supportText(e.lo, e.hi)}`);
  }
  return { ...e, dist: d, p, shift, scale };
}

function resolveWith(priors: PriorConfig, spec: ModelSpec, periods?: number): ResolvedPrior[] {
  return parameterEntries(spec, periods).map((e) => {
    const user = priors[e.key];
    const ch = spec.channels[e.elem];
    const prior = user ?? defaultPrior(e.key, e.key === 'saturation_lam' ? ch?.saturation : undefined,
      e.key === 'adstock_lam' || e.key === 'adstock_k' ? ch?.adstock : undefined);
    if (!prior) fail(`priors.${e.key}: no prior given and no default exists`);
    return resolveEntry(e, prior, user !== undefined);
  });
}

/** One concrete prior per sampled parameter, in q order (validates spec.priors first); `periods` as parameterEntries. */
export function resolvePriors(spec: ModelSpec, periods?: number): ResolvedPrior[] {
  const priors = parsePriors(spec.priors ?? {}, spec);
  return resolveWith(priors, { ...spec, priors }, periods);
}

export function distCode(d: Dist): number {
  return DIST_CODES[d];
}

export type { TransformKind };
