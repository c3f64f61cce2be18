// A slow, obviously-correct TS log density (same constants dropped as the WASM): the test reference.
import type { Layout } from '../../src/core/model/pack';
import type { ScaledData } from '../../src/core/model/scale';
import { constrainValue } from '../../src/core/model/transform';
import { priorLogpdf } from '../../src/core/model/prior-logpdf';
import { constrain, constrainNamed } from './constrain-ts';
import { forwardModel, channelParams, saturationUnit } from '../../src/core/model';
import { lgamma } from '../../src/core/stats';

export function logDensityTs(layout: Layout, scaled: ScaledData, q: ArrayLike<number>): number {
  const spec = layout.spec;
  let lp = 0;
  const x = constrain(layout, q, scaled);
  // Effect coordinates (saturation-coords.ts): q at a beta slot is log e and x there is beta = e T / S; the map's
  // Jacobian is triangular (only beta depends on other coordinates), so its log-determinant term is log beta.
  const effect = new Set(layout.channels.filter((ch) => ch.effectFactor > 0).map((ch) => ch.beta));
  layout.sampled.forEach((p, i) => {
    const logJ = effect.has(i) ? Math.log(x[i]) : constrainValue(p.transform, p.lo, p.hi, q[i]).logJ;
    lp += logJ + priorLogpdf(p.dist, p.p, (x[i] - p.shift) / p.scale);
  });
  const v = constrainNamed(layout, q, scaled);
  const { mu } = forwardModel(spec, scaled, v);
  const sigma = v.sigma;
  for (let t = 0; t < scaled.n; t++) {
    const r = (scaled.y[t] - mu[t]) / sigma;
    if (spec.likelihood === 'student-t') {
      const nu = v.nu;
      lp += lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * Math.log(nu) - Math.log(sigma) - ((nu + 1) / 2) * Math.log1p((r * r) / nu);
    } else {
      lp += -Math.log(sigma) - 0.5 * r * r;
    }
  }
  for (const row of layout.lift) {
    const ch = spec.channels[row.channel];
    const p = channelParams(spec, v, row.channel);
    const pred = p.beta * (saturationUnit(ch, p, row.x2) - saturationUnit(ch, p, row.x1));
    lp += -0.5 * ((row.dy - pred) / row.sd) ** 2;
  }
  return lp;
}
