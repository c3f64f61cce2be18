// The built-in demo dataset. It is generated under the default model (core/model/defaults: trend, yearly order 2,
// geometric adstock with lmax 8, logistic saturation), so the app's default spec for it recovers its known truth.
import { generateDemoData, type Dataset as DemoDataset } from '../../core/data';

/** The seed of the built-in demo (the app, its tests and the browser bench all use it). */
export const DEMO_SEED = 1;

export function loadDemoDataset(): DemoDataset {
  return generateDemoData(DEMO_SEED);
}
