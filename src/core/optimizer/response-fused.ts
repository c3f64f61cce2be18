// The media response as one fused tfjs custom op: a single loop over draws x channels x periods
// computes every draw's KPI and its derivatives in float64 from the saturation component's batched
// jet, registered with tf.customGrad so the objective built on it (risk functionals, profit, sums
// over draws) is still differentiated by tf.valueAndGrad. tfjs is the batched engine over draws;
// an op-by-op tfjs version is kept as a test reference (test/optimizer/reference-response.ts).
import { tf } from './tf-setup';
import type { ChannelDraws } from './draws';
import type { ChannelWindow } from './window';
import { hillSum, logisticSum, michaelisMentenSum } from '../model/components/saturation';
import type { SaturationKind } from '../model/spec';
import type { SynergyResponse } from './synergy-response';

/** What the objective needs from a response implementation. */
export interface ResponseEngine {
  readonly draws: number;
  readonly channels: number;
  /** sum_c w_c K_c per draw, differentiable in the per-channel spend scalars s. */
  weightedMedia(s: tf.Tensor[], w: number[]): tf.Tensor1D;
  /** Per draw and channel KPI at plan s (no gradients): [channel][draw]. With synergy pairs, each channel of a pair
   *  carries half the pair's KPI, so the channels sum to the media KPI. */
  evaluate(s: ArrayLike<number>): Float64Array[];
  /** dK_c/ds_c per draw at plan s: [channel][draw] (KPI per unit of spend per period); with synergy pairs, the media
   *  KPI's derivative in s_c (the pairs' change included). */
  perDrawGradient(s: ArrayLike<number>): Float64Array[];
  /** Both of the above in one pass. */
  evaluateWithGradient(s: ArrayLike<number>): { k: Float64Array[]; dk: Float64Array[] };
  /** d2K_c/ds_c^2 per draw from the last weightedMedia call, when the engine computes it. */
  readonly lastCurvature: Float64Array[] | null;
  dispose(): void;
}

interface ChannelArrays {
  kind: SaturationKind;
  /** Distinct periods kept (identical consecutive periods, e.g. the steady state of flat spend, merged). */
  periods: number;
  /** How many horizon periods each kept period stands for. */
  count: Float64Array;
  /** draws x kept periods: adstocked spend a = a0 + s * a1 (scaled units). */
  a0: Float64Array;
  a1: Float64Array;
  /** Per draw: lam (logistic, Michaelis-Menten) or kappa (Hill); the Hill slope. */
  p1: Float64Array;
  p2: Float64Array;
  /** beta * scaling.kpi per draw. */
  scale: Float64Array;
}

export class FusedResponse implements ResponseEngine {
  readonly draws: number;
  readonly channels: number;
  private readonly ch: ChannelArrays[];
  private readonly jet = new Float64Array(3);

  /** synergy: the pairs' interaction terms (synergy-response.ts), when the model has any. */
  constructor(chs: ChannelDraws[], windows: ChannelWindow[], kpiScale: number, private readonly synergy?: SynergyResponse) {
    this.draws = chs[0].alpha.length;
    this.channels = chs.length;
    this.ch = chs.map((c, i) => foldArrays(c, windows[i], kpiScale));
  }

  /**
   * Second derivatives d2K_c/ds_c^2 per draw ([channel][draw]) from the last weightedMedia call: the
   * solver's diagonal Newton metric (the objective is a sum of per-channel terms per draw).
   */
  lastCurvature: Float64Array[] | null = null;

  /** K_c, dK_c/ds_c and (optionally) d2K_c/ds_c^2 per draw at spend s per period. */
  private channelInto(c: number, s: number, k: Float64Array, dk: Float64Array, d2k?: Float64Array): void {
    const { kind, periods: T, count, a0, a1, p1, p2, scale } = this.ch[c];
    const j = this.jet, D = this.draws;
    // one batched jet per saturation kind, called directly so the JIT inlines it
    for (let d = 0; d < D; d++) {
      if (kind === 'logistic') logisticSum(p1[d], 0, a0, a1, count, d * T, T, s, j);
      else if (kind === 'hill') hillSum(p1[d], p2[d], a0, a1, count, d * T, T, s, j);
      else michaelisMentenSum(p1[d], 0, a0, a1, count, d * T, T, s, j);
      k[d] = j[0] * scale[d];
      dk[d] = j[1] * scale[d];
      if (d2k) d2k[d] = j[2] * scale[d];
    }
  }

  weightedMedia(s: tf.Tensor[], w: number[]): tf.Tensor1D {
    const D = this.draws, C = this.channels;
    const op = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
      const inputs = args.slice(0, C) as tf.Tensor[];
      const save = args[C] as tf.GradSaveFunc;
      const y = new Float64Array(D);
      const g = new Float32Array(D * C); // w_c dK_c/ds_c per draw, channel-major
      const k = new Float64Array(D), dk = new Float64Array(D);
      const curv: Float64Array[] = [];
      const sv = inputs.map((si) => si.dataSync()[0]);
      sv.forEach((sc, c) => {
        curv.push(new Float64Array(D));
        this.channelInto(c, sc, k, dk, curv[c]);
        for (let d = 0; d < D; d++) { y[d] += w[c] * k[d]; g[c * D + d] = w[c] * dk[d]; }
      });
      if (this.synergy) {
        // a pair's KPI is weighted by the mean of its channels' weights (1 for KPI objectives)
        const ks = Array.from({ length: C }, () => new Float64Array(D)), dks = Array.from({ length: C }, () => new Float64Array(D));
        const pw = (j: number) => { const p = this.synergy!.pairs[j]; return 0.5 * (w[p.a.c] + w[p.b.c]); };
        this.synergy.addInto(sv, ks, dks, curv, pw);
        for (let c = 0; c < C; c++) for (let d = 0; d < D; d++) { y[d] += ks[c][d]; g[c * D + d] += dks[c][d]; }
      }
      this.lastCurvature = curv;
      save([tf.tensor2d(g, [C, D])]);
      return {
        value: tf.tensor1d(Float32Array.from(y)),
        gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
          const dyv = dy.dataSync(), gv = saved[0].dataSync();
          return Array.from({ length: C }, (_, c) => {
            let acc = 0;
            for (let d = 0; d < D; d++) acc += dyv[d] * gv[c * D + d];
            return tf.scalar(acc);
          });
        },
      };
    });
    return op(...s) as tf.Tensor1D;
  }

  evaluate(s: ArrayLike<number>): Float64Array[] {
    const k = Array.from({ length: this.channels }, (_, c) => {
      const kc = new Float64Array(this.draws);
      this.channelInto(c, s[c], kc, new Float64Array(this.draws));
      return kc;
    });
    this.synergy?.addInto(s, k, null);
    return k;
  }

  evaluateWithGradient(s: ArrayLike<number>): { k: Float64Array[]; dk: Float64Array[] } {
    const k: Float64Array[] = [], dk: Float64Array[] = [];
    for (let c = 0; c < this.channels; c++) {
      k.push(new Float64Array(this.draws)); dk.push(new Float64Array(this.draws));
      this.channelInto(c, s[c], k[c], dk[c]);
    }
    this.synergy?.addInto(s, k, dk);
    return { k, dk };
  }

  perDrawGradient(s: ArrayLike<number>): Float64Array[] {
    const dk = Array.from({ length: this.channels }, (_, c) => {
      const dkc = new Float64Array(this.draws);
      this.channelInto(c, s[c], new Float64Array(this.draws), dkc);
      return dkc;
    });
    this.synergy?.addInto(s, null, dk);
    return dk;
  }

  dispose(): void { /* plain arrays only */ }
}

function foldArrays(ch: ChannelDraws, w: ChannelWindow, kpiScale: number): ChannelArrays {
  const nd = ch.alpha.length, T = w.periods, kind = ch.spec.saturation;
  // merge a period into the previous one when every draw's adstocked spend is identical in both
  const keep: number[] = [], count: number[] = [];
  for (let t = 0; t < T; t++) {
    let same = t > 0;
    for (let d = 0; same && d < nd; d++) {
      const i = d * T + t;
      same = w.a0[i] === w.a0[i - 1] && w.a1[i] === w.a1[i - 1];
    }
    if (same) count[count.length - 1]++; else { keep.push(t); count.push(1); }
  }
  const K = keep.length;
  const a0 = new Float64Array(nd * K), a1 = new Float64Array(nd * K);
  for (let d = 0; d < nd; d++) {
    keep.forEach((t, j) => { a0[d * K + j] = w.a0[d * T + t]; a1[d * K + j] = w.a1[d * T + t]; });
  }
  return {
    kind, periods: K, count: Float64Array.from(count), a0, a1,
    p1: Float64Array.from(kind === 'hill' ? ch.kappa : ch.lam),
    p2: kind === 'hill' ? Float64Array.from(ch.slope) : new Float64Array(nd),
    scale: Float64Array.from(ch.beta, (b) => b * kpiScale),
  };
}
