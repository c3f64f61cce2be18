// The synergy pairs' part of the optimizer's media response: per draw, S = eta x kpiScale x sum_t sat_a(t) sat_b(t)
// over the planning window, with sat_c(t) = f_c(a0_c[t] + s_c a1_c[t]) (the channel's unmerged adstock window), and
// its derivatives in s_a and s_b. A plan that moves both channels sees the interaction; switching one off (s = 0 and
// no history carried in) removes it. The saturation's value and derivatives come from the component's batched jet.
import type { ModelJson } from '../fit/model-json';
import { saturationSumJet } from '../model/components/saturation';
import { synergyPairs, synergyParamName } from '../model/components/synergy';
import type { SaturationKind } from '../model/spec';
import type { ChannelDraws } from './draws';
import { paramDraws } from './draws';
import type { ChannelWindow } from './window';

interface Side {
  c: number;
  kind: SaturationKind;
  /** periods of this channel's window (the row stride of a0, a1) */
  stride: number;
  a0: Float64Array;
  a1: Float64Array;
  p1: Float64Array;
  p2: Float64Array;
}

interface Pair { a: Side; b: Side; periods: number; scale: Float64Array }

const ONE = Float64Array.of(1);

export class SynergyResponse {
  readonly pairs: Pair[];
  private readonly ja = new Float64Array(3);
  private readonly jb = new Float64Array(3);

  constructor(pairs: Pair[]) {
    this.pairs = pairs;
  }

  /**
   * Adds every pair at plan s (spend per period per channel) into per-channel, per-draw arrays: half of the pair's KPI
   * to each of its channels' k (so the sum over channels is the media KPI); the KPI's derivative in s_c to dk[c]; its
   * second derivative in s_c to d2k[c] when given. `weight(pairIndex)` scales what goes into k and dk (1 for KPI).
   */
  addInto(s: ArrayLike<number>, k: Float64Array[] | null, dk: Float64Array[] | null, d2k?: Float64Array[] | null,
    weight: (j: number) => number = () => 1): void {
    const ja = this.ja, jb = this.jb;
    this.pairs.forEach((p, j) => {
      const { a, b, periods: P, scale } = p;
      const sa = s[a.c], sb = s[b.c], w = weight(j);
      for (let d = 0; d < scale.length; d++) {
        let v = 0, da = 0, db = 0, da2 = 0, db2 = 0;
        for (let t = 0; t < P; t++) {
          saturationSumJet(a.kind, a.p1[d], a.p2[d], a.a0, a.a1, ONE, d * a.stride + t, 1, sa, ja);
          saturationSumJet(b.kind, b.p1[d], b.p2[d], b.a0, b.a1, ONE, d * b.stride + t, 1, sb, jb);
          v += ja[0] * jb[0];
          da += ja[1] * jb[0]; db += ja[0] * jb[1];
          da2 += ja[2] * jb[0]; db2 += ja[0] * jb[2];
        }
        const e = scale[d];
        if (k) { k[a.c][d] += 0.5 * w * e * v; k[b.c][d] += 0.5 * w * e * v; }
        if (dk) { dk[a.c][d] += w * e * da; dk[b.c][d] += w * e * db; }
        if (d2k) { d2k[a.c][d] += e * da2; d2k[b.c][d] += e * db2; }
      }
    });
  }
}

/** The synergy response of a model's pairs over the optimizer's windows, or undefined when the spec has none. */
export function synergyResponse(model: ModelJson, idx: number[], chs: ChannelDraws[], windows: ChannelWindow[]): SynergyResponse | undefined {
  const pairs = synergyPairs(model.spec);
  if (pairs.length === 0) return undefined;
  const side = (c: number): Side => {
    const ch = chs[c], kind = ch.spec.saturation;
    return {
      c, kind, stride: windows[c].periods, a0: windows[c].a0, a1: windows[c].a1,
      p1: kind === 'hill' ? ch.kappa : ch.lam,
      p2: kind === 'hill' ? ch.slope : new Float64Array(idx.length),
    };
  };
  return new SynergyResponse(pairs.map((p) => {
    const eta = paramDraws(model, synergyParamName(p), idx);
    // beyond the shorter window one channel has no adstocked spend left, so the product is 0 there
    return {
      a: side(p.ia), b: side(p.ib), periods: Math.min(windows[p.ia].periods, windows[p.ib].periods),
      scale: eta.map((v) => v * model.scaling.kpi),
    };
  }));
}
