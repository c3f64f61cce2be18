// The test reference for the fused response engine: the media response over the horizon built op
// by op from tfjs kernels (float32), per draw and channel the KPI (original units) that spending s
// per period yields, summed over the horizon and the carryover tail; its gradient by tfjs autodiff.
// One tensor pair per channel (draws x periods) keeps every big op same-shape or scalar-broadcast,
// the two cases tfjs's cpu kernels run fast.
import { tf, tidyJs } from '../../src/core/optimizer/tf-setup';
import type { ModelJson } from '../../src/core/fit/model-json';
import { buildContext, type Context } from '../../src/core/optimizer/context';
import { channelDraws, drawCount, type ChannelDraws } from '../../src/core/optimizer/draws';
import { thinIndices } from '../../src/core/stats';
import { makeEvaluator } from '../../src/core/optimizer/objective';
import type { OptimizeOptions } from '../../src/core/optimizer/types';
import type { ResponseEngine } from '../../src/core/optimizer/response-fused';
import { channelWindow, type ChannelWindow } from '../../src/core/optimizer/window';

interface ChannelTensors {
  kind: 'logistic' | 'hill' | 'michaelis-menten';
  /** Saturation argument z = p0 + s * p1 (the adstocked spend with the saturation scale folded in). */
  p0: tf.Tensor2D;
  p1: tf.Tensor2D;
  /** Hill slope tiled to draws x periods. */
  slope?: tf.Tensor2D;
  /** beta * scaling.kpi per draw. */
  scale: tf.Tensor1D;
}

const HILL_EPS = 1e-12;

export class ReferenceResponse implements ResponseEngine {
  readonly lastCurvature = null;
  readonly draws: number;
  readonly channels: number;
  private readonly t: ChannelTensors[];

  constructor(chs: ChannelDraws[], windows: ChannelWindow[], kpiScale: number) {
    this.draws = chs[0].alpha.length;
    this.channels = chs.length;
    this.t = chs.map((ch, c) => fold(ch, windows[c], kpiScale));
  }

  /** K_c per draw ([draws]) for channel c at spend s per period (a scalar tensor, or one per draw and period). */
  channel(c: number, s: tf.Tensor): tf.Tensor1D {
    const ct = this.t[c];
    const z = tf.add(ct.p0, tf.mul(s, ct.p1));
    let unit: tf.Tensor;
    if (ct.kind === 'logistic') unit = tf.tanh(z);
    else if (ct.kind === 'michaelis-menten') unit = tf.div(z, tf.add(z, 1));
    else unit = tf.sigmoid(tf.mul(ct.slope!, tf.log(tf.add(z, HILL_EPS))));
    return tf.mul(tf.sum(unit, 1), ct.scale) as tf.Tensor1D;
  }

  weightedMedia(s: tf.Tensor[], w: number[]): tf.Tensor1D {
    let y: tf.Tensor | null = null;
    s.forEach((sc, c) => {
      const k = this.channel(c, sc);
      const kw = w[c] === 1 ? k : tf.mul(k, w[c]);
      y = y ? tf.add(y, kw) : kw;
    });
    return y as unknown as tf.Tensor1D;
  }

  evaluate(s: ArrayLike<number>): Float64Array[] {
    return tidyJs(() => Array.from({ length: this.channels }, (_, c) =>
      Float64Array.from(this.channel(c, tf.scalar(s[c])).dataSync())));
  }

  perDrawGradient(s: ArrayLike<number>): Float64Array[] {
    return tidyJs(() => Array.from({ length: this.channels }, (_, c) => {
      // s tiled to the full draws x periods shape: same-shape ops are the fast ones; summing the
      // gradient over periods gives each draw's derivative
      const g = tf.grad((v: tf.Tensor) => tf.sum(this.channel(c, v)))(tf.fill(this.t[c].p1.shape, s[c]));
      return Float64Array.from(tf.sum(g, 1).dataSync());
    }));
  }

  evaluateWithGradient(s: ArrayLike<number>): { k: Float64Array[]; dk: Float64Array[] } {
    return { k: this.evaluate(s), dk: this.perDrawGradient(s) };
  }

  dispose(): void {
    for (const ct of this.t) tf.dispose([ct.p0, ct.p1, ct.scale, ...(ct.slope ? [ct.slope] : [])]);
  }
}

function fold(ch: ChannelDraws, w: ChannelWindow, kpiScale: number): ChannelTensors {
  const nd = ch.alpha.length;
  const T = w.periods;
  const p0 = new Float32Array(nd * T);
  const p1 = new Float32Array(nd * T);
  const kind = ch.spec.saturation;
  // logistic: (1-e^{-lam a})/(1+e^{-lam a}) = tanh(lam a / 2); Michaelis-Menten: z/(1+z), z = a/lam; Hill: z = a/kappa
  const factor = (d: number) => (kind === 'logistic' ? ch.lam[d] / 2 : kind === 'hill' ? 1 / ch.kappa[d] : 1 / ch.lam[d]);
  for (let d = 0; d < nd; d++) {
    const f = factor(d);
    for (let t = 0; t < T; t++) { p0[d * T + t] = w.a0[d * T + t] * f; p1[d * T + t] = w.a1[d * T + t] * f; }
  }
  const scale = tf.tensor1d(Float32Array.from(ch.beta, (b) => b * kpiScale));
  let slope: tf.Tensor2D | undefined;
  if (kind === 'hill') {
    const sl = new Float32Array(nd * T);
    for (let d = 0; d < nd; d++) sl.fill(ch.slope[d], d * T, (d + 1) * T);
    slope = tf.tensor2d(sl, [nd, T]);
  }
  return { kind, p0: tf.tensor2d(p0, [nd, T]), p1: tf.tensor2d(p1, [nd, T]), slope, scale };
}

/**
 * The optimizer's context with the reference engine in place of the fused one: same draws, windows
 * (flat flighting) and objective, as buildContext derives them.
 */
export async function referenceContext(model: ModelJson, opts: OptimizeOptions): Promise<Context> {
  const ctx = await buildContext(model, opts);
  const idx = thinIndices(drawCount(model), opts.maxDraws ?? 1000);
  const chs = channelDraws(model, idx);
  const windows = chs.map((ch, c) => channelWindow(ch, model.data.channels[ctx.channels[c]], ctx.patterns[c],
    model.scaling.channels[ctx.channels[c]], ctx.includeCarryover));
  ctx.dispose();
  const response = new ReferenceResponse(chs, windows, model.scaling.kpi);
  return { ...ctx, response, evaluate: makeEvaluator(response, ctx.objective), dispose: () => response.dispose() };
}
