// Synergy between chosen channel pairs: eta x sat_a(t) x sat_b(t) in scaled KPI units, sat being each channel's
// saturated adstocked spend at beta = 1 (the same s_t its own contribution beta x s_t uses). eta > 0: the pair does
// better together; eta < 0: cannibalisation. The pairs' validation, names, term and counterfactual changes live here.
import type { ModelSpec, SynergyPair } from '../spec';

/** A validated pair: the channels' names and their positions in spec.channels. */
export interface ResolvedPair {
  a: string;
  b: string;
  ia: number;
  ib: number;
  /** "a×b", as in the parameter name synergy_eta[a×b]. */
  name: string;
}

export const SYNERGY_KEY = 'synergy_eta';

/** "a×b": the pair's label (its eta is synergy_eta[a×b]). */
export function pairName(p: SynergyPair): string {
  return `${p.a}×${p.b}`;
}

export function synergyParamName(p: SynergyPair): string {
  return `${SYNERGY_KEY}[${pairName(p)}]`;
}

/**
 * The spec's synergy pairs, checked: each names two different channels of the spec, and no pair appears twice (in
 * either order). Errors name the field, e.g. `synergy[1].b: unknown channel "vidoe"`.
 */
export function synergyPairs(spec: Pick<ModelSpec, 'channels' | 'synergy'>): ResolvedPair[] {
  const pairs = spec.synergy ?? [];
  if (!Array.isArray(pairs)) throw new Error('synergy: must be a list of channel pairs like [{"a": "display", "b": "video"}]');
  const names = spec.channels.map((c) => c.name);
  const seen = new Map<string, number>();
  return pairs.map((p, i) => {
    const where = `synergy[${i}]`;
    if (p == null || typeof p !== 'object') throw new Error(`${where}: must be a pair like {"a": "display", "b": "video"}`);
    const idx = (k: 'a' | 'b') => {
      const v = p[k];
      if (typeof v !== 'string') throw new Error(`${where}.${k}: must be a channel name, got ${JSON.stringify(v)}`);
      const j = names.indexOf(v);
      if (j < 0) throw new Error(`${where}.${k}: unknown channel "${v}" (channels: ${names.join(', ')})`);
      return j;
    };
    const ia = idx('a'), ib = idx('b');
    if (ia === ib) throw new Error(`${where}: a channel cannot have a synergy with itself ("${p.a}" and "${p.b}")`);
    const key = ia < ib ? `${ia},${ib}` : `${ib},${ia}`;
    const before = seen.get(key);
    if (before !== undefined) throw new Error(`${where}: the pair "${p.a}" and "${p.b}" is already synergy[${before}]`);
    seen.set(key, i);
    return { a: p.a, b: p.b, ia, ib, name: pairName(p) };
  });
}

/** The synergy term per period: eta x ua[t] x ub[t] (ua, ub: the channels' saturation at beta = 1). */
export function synergyTerm(eta: number, ua: ArrayLike<number>, ub: ArrayLike<number>): Float64Array {
  const out = new Float64Array(ua.length);
  for (let t = 0; t < out.length; t++) out[t] = eta * ua[t] * ub[t];
  return out;
}

/**
 * sum over the first n periods of the synergy's change when one channel's saturation goes from uOld to uNew while
 * the other's stays uOther: eta x sum_t (uNew_t - uOld_t) uOther_t (what mROI's +1% adds through the pair).
 */
export function synergyDelta(eta: number, uOld: ArrayLike<number>, uNew: ArrayLike<number>, uOther: ArrayLike<number>, n: number): number {
  let s = 0;
  for (let t = 0; t < n; t++) s += (uNew[t] - uOld[t]) * uOther[t];
  return eta * s;
}
