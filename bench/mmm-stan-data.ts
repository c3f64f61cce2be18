// The data list stan/fit.R passes to stan/mmm_pymc_example.stan: the same scaled inputs our WASM density sees.
import type { MmmData } from '../src/core/data/types';
import { scaleData } from '../src/core/model/scale';
import type { ModelSpec } from '../src/core/model/spec';

export function stanData(data: MmmData, spec: ModelSpec): Record<string, unknown> {
  const { scaled } = scaleData(data, spec);
  return {
    T: scaled.n,
    C: spec.channels.length,
    K: spec.controls.length,
    F: spec.yearly,
    lmax: spec.channels[0].lmax,
    y: Array.from(scaled.y),
    x: scaled.x.map((c) => Array.from(c)),
    z: scaled.z.map((c) => Array.from(c)),
    doy: Array.from(scaled.dayOfYear),
  };
}
