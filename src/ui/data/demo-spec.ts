// The demo dataset and the model spec it was generated under, so a default fit of the demo can recover its known truth.
import { generateDemoData, type Dataset as DemoDataset } from '../../core/data/demo';
import { defaultSpec } from '../../core/model/defaults';
import type { ModelSpec } from '../../core/model/spec';

/** The seed of the built-in demo (the app, its tests and the browser bench all use it). */
export const DEMO_SEED = 1;

export function loadDemoDataset(): DemoDataset {
  return generateDemoData(DEMO_SEED);
}

/** defaultSpec with the generating process's settings (trend, seasonality order, adstock, lmax, saturation). */
export function demoSpec(demo: DemoDataset): ModelSpec {
  const spec = defaultSpec(demo.mapping, demo.data.frequency);
  const m = demo.truth.model;
  return {
    ...spec,
    trend: m.trend,
    yearly: m.yearly,
    standardizeControls: m.standardizeControls,
    channels: spec.channels.map((c) => ({ ...c, adstock: m.adstock, lmax: m.lmax, saturation: m.saturation })),
  };
}
