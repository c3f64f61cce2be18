// Scales a dataset into the model's space: KPI / max|KPI|, spend / channel max, controls optionally standardised.
import type { MmmData } from '../data/types';
import type { Scaling } from '../fit/model-json';
import type { ModelSpec } from './spec';
import { controlValue } from './components/controls';
import { ownValue, putOwn } from '../data/records';

export interface ScaledData {
  n: number;
  y: Float64Array;
  /** Per channel (spec order): spend / channel max. */
  x: Float64Array[];
  /** Per control (spec order): (value - center) / scale. */
  z: Float64Array[];
  dayOfYear: Float64Array;
  /** The trend runs t / trendSpan (default n - 1); a holdout's rows keep the training window's span so the trend extrapolates. */
  trendSpan?: number;
}

function column(data: Record<string, number[]>, name: string, n: number, what: string): number[] {
  const col = ownValue(data, name);
  if (!col) throw new Error(`${what} "${name}" is not in the data`);
  if (col.length !== n) throw new Error(`${what} "${name}" has ${col.length} values, expected ${n}`);
  col.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new Error(`${what} "${name}" row ${i + 1}: not a finite number`);
  });
  return col;
}

function maxOf(v: number[]): number {
  let m = -Infinity;
  for (const a of v) if (a > m) m = a;
  return m;
}

export function scaleData(data: MmmData, spec: ModelSpec): { scaled: ScaledData; scaling: Scaling } {
  const n = data.kpi.length;
  if (n < 1) throw new Error('the data has no rows');
  if (data.dayOfYear.length !== n) throw new Error(`dayOfYear has ${data.dayOfYear.length} values, expected ${n}`);
  const kpi = column({ [data.kpiName]: data.kpi }, data.kpiName, n, 'KPI');
  const kpiScale = maxOf(kpi.map(Math.abs));
  if (!(kpiScale > 0)) throw new Error(`KPI "${data.kpiName}" is zero in every row`);
  const scaling: Scaling = { kpi: kpiScale, channels: {}, controls: {} };
  const x = spec.channels.map((ch) => {
    const col = column(data.channels, ch.name, n, 'channel');
    const neg = col.findIndex((v) => v < 0);
    if (neg >= 0) throw new Error(`channel "${ch.name}" row ${neg + 1}: negative spend ${col[neg]}`);
    const m = maxOf(col);
    if (!(m > 0)) throw new Error(`channel "${ch.name}" has no spend (all zero)`);
    putOwn(scaling.channels, ch.name, m);
    return Float64Array.from(col, (v) => v / m);
  });
  const z = spec.controls.map((name) => {
    const col = column(data.controls, name, n, 'control');
    let center = 0, scale = 1;
    if (spec.standardizeControls) {
      center = col.reduce((a, b) => a + b, 0) / n;
      const ss = col.reduce((a, b) => a + (b - center) ** 2, 0);
      const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
      scale = sd > 0 ? sd : 1;
    }
    const sc = { center, scale };
    putOwn(scaling.controls, name, sc);
    return Float64Array.from(col, (v) => controlValue(v, sc));
  });
  return {
    scaled: { n, y: Float64Array.from(kpi, (v) => v / kpiScale), x, z, dayOfYear: Float64Array.from(data.dayOfYear) },
    scaling,
  };
}
