// The flexible baseline: a time-varying intercept that takes level shifts and slow curves, so they do not
// leak into slow channels. A Gaussian random walk on a coarse grid of knots, one every `knotEvery` periods,
// piecewise-linear between knots, non-centred:
//   z_0 = 0 (the intercept stays identified), z_j = z_{j-1} + tau * eps_j, eps_j ~ Normal(0, 1),
//   tau ~ DEFAULT_PRIORS.baseline_tau (held near 0.1), flex_t = (1 - w_t) z_{j_t} + w_t z_{j_t + 1}.
// The grid covers the fitted window (span = fitted periods - 1); beyond it (a holdout, the optimizer's
// horizon) the flexible part holds its value at the last fitted period.
// The WASM side is assembly/mmm/baseline-flex.ts; pack.ts writes the grid (j_t, w_t) computed here.
import type { BaselineSpec, ModelSpec } from '../spec';
import type { Frequency } from '../../data/types';
import { DEFAULT_KNOT_EVERY } from '../defaults';

export const BASELINE_KINDS = ['linear', 'random-walk'] as const;

/** The parameter names: the step scale, then one step per knot after the first. */
export const FLEX_TAU = 'baseline_tau';
export function flexEpsName(j: number): string {
  return `baseline_eps[${j}]`;
}

/** Whether the spec has the flexible (random-walk) baseline. */
export function hasFlex(spec: Pick<ModelSpec, 'baseline'>): boolean {
  return spec.baseline?.kind === 'random-walk';
}

/** Checks spec.baseline (absent = linear); errors name the field. */
export function checkBaseline(b: unknown): void {
  if (b === undefined) return;
  if (b === null || typeof b !== 'object' || Array.isArray(b)) throw new Error(`baseline: must be an object like {"kind": "random-walk", "knotEvery": 13}, got ${JSON.stringify(b)}`);
  const o = b as Record<string, unknown>;
  for (const k of Object.keys(o)) if (k !== 'kind' && k !== 'knotEvery') throw new Error(`baseline.${k}: unknown field (expected kind, knotEvery)`);
  if (!BASELINE_KINDS.includes(o.kind as BaselineSpec['kind'])) throw new Error(`baseline.kind: must be one of ${BASELINE_KINDS.join(', ')}, got ${JSON.stringify(o.kind)}`);
  if (o.knotEvery !== undefined) checkKnotEvery(o.knotEvery, 'baseline.knotEvery');
}

/** A knot spacing: a whole number of periods >= 2; `where` names the field or flag in the error. */
export function checkKnotEvery(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 2) throw new Error(`${where}: must be a whole number >= 2 periods, got ${JSON.stringify(v)}`);
  return v;
}

/** The spec with the knot spacing filled in from the data's frequency (what a fit stores in model.json). */
export function resolveBaseline(spec: ModelSpec, frequency: Frequency): ModelSpec {
  checkBaseline(spec.baseline);
  if (!hasFlex(spec) || spec.baseline!.knotEvery !== undefined) return spec;
  return { ...spec, baseline: { ...spec.baseline!, knotEvery: DEFAULT_KNOT_EVERY[frequency] } };
}

/** The knot spacing of a spec with the flexible baseline (resolved by resolveBaseline). */
export function knotEvery(spec: Pick<ModelSpec, 'baseline'>): number {
  const e = spec.baseline?.knotEvery;
  if (e === undefined) throw new Error('baseline.knotEvery: missing (resolveBaseline fills it from the data frequency)');
  return checkKnotEvery(e, 'baseline.knotEvery');
}

/** Knots covering periods 0..span: J = ceil(span / every) + 1 (the last at or after span). */
export function knotCount(span: number, every: number): number {
  return span > 0 ? Math.ceil(span / every) + 1 : 1;
}

/** Knot values z_0..z_{J-1} from tau and eps_1..eps_{J-1} (z_0 = 0). */
export function knotValues(tau: number, eps: ArrayLike<number>, out = new Float64Array(eps.length + 1)): Float64Array {
  out[0] = 0;
  for (let j = 1; j < out.length; j++) out[j] = out[j - 1] + tau * eps[j - 1];
  return out;
}

/** Where period t sits on the grid: left knot j (0..J-2) and weight w in [0, 1] of knot j + 1; t clamped to [0, span]. */
export function gridPoint(t: number, span: number, every: number, J: number): { j: number; w: number } {
  if (J < 2) return { j: 0, w: 0 };
  const u = Math.min(Math.max(t, 0), span) / every;
  const j = Math.min(Math.floor(u), J - 2);
  return { j, w: u - j };
}

/** The flexible part at period t from the knot values z. */
export function flexAt(z: ArrayLike<number>, t: number, span: number, every: number): number {
  const J = z.length;
  if (J < 2) return 0;
  const { j, w } = gridPoint(t, span, every, J);
  return (1 - w) * z[j] + w * z[j + 1];
}

/** The knot values of one draw from values keyed by parameter name (undefined when the spec has no flexible baseline). */
export function flexKnots(spec: Pick<ModelSpec, 'baseline'>, values: Record<string, number>, span: number): { z: Float64Array; every: number } | undefined {
  if (!hasFlex(spec)) return undefined;
  const every = knotEvery(spec);
  const J = knotCount(span, every);
  const eps = new Float64Array(J - 1);
  for (let j = 1; j < J; j++) {
    const v = values[flexEpsName(j)];
    if (v === undefined) throw new Error(`${flexEpsName(j)}: no value (the knot grid of ${J} knots every ${every} periods needs it)`);
    eps[j - 1] = v;
  }
  return { z: knotValues(values[FLEX_TAU], eps), every };
}
