// One-off timing (not a test): gradient evaluations per second of the MMM density on the PyMC example
// and on a large synthetic model (T = 1000, C = 10, lmax = 28). Run: npx tsx test/model/time-density.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWasm, mmmDensity, put, rng, root, syntheticData } from './helpers';
import { loadPymcExample } from './pymc-data';
import { defaultSpec } from '../../src/core/model/defaults';
import { parsePriors } from '../../src/core/model/priors';
import { packModel } from '../../src/core/model/pack';
import type { ModelSpec } from '../../src/core/model/spec';
import type { MmmData } from '../../src/core/data/types';

async function time(label: string, spec: ModelSpec, data: MmmData): Promise<void> {
  const w = await loadWasm();
  const { setup } = packModel(spec, data);
  const d = mmmDensity(w, setup.data!);
  const r = rng(1);
  const q = Array.from({ length: d.dim }, () => r() - 0.5);
  d.eval(q);
  const qp = put(w, q), gp = w.allocF64(d.dim);
  for (let i = 0; i < 2000; i++) w.logDensityGradAt(qp, gp); // warm up
  const n = 20000;
  // CPU time of this process, not wall time: the machine is shared and wall time mostly measures the queue.
  const c0 = process.cpuUsage();
  let s = 0;
  for (let i = 0; i < n; i++) s += w.logDensityGradAt(qp, gp);
  const c1 = process.cpuUsage(c0);
  const sec = (c1.user + c1.system) / 1e6;
  console.log(`${label}: dim ${d.dim}, ${Math.round(n / sec).toLocaleString('en')} gradients/s (${((sec / n) * 1e6).toFixed(1)} us each)${Number.isFinite(s) ? '' : ' NON-FINITE'}`);
}

const pymc = loadPymcExample();
if (pymc) {
  const spec = defaultSpec({ date: 'date_week', kpi: 'y', channels: ['x1', 'x2'], controls: ['event_1', 'event_2', 't'] }, 'weekly');
  spec.priors = parsePriors(readFileSync(join(root, 'test', 'fixtures', 'pymc-example-priors.json'), 'utf8'), spec);
  spec.baseline = { kind: 'linear' }; // PyMC-Marketing's model has no flexible baseline
  await time('PyMC example (T 179, C 2, lmax 8)', spec, pymc);
}
const chans = Array.from({ length: 10 }, (_, i) => `c${i}`);
const big = defaultSpec({ date: 'd', kpi: 'sales', channels: chans, controls: ['k1', 'k2'] }, 'daily');
await time('synthetic daily (T 1000, C 10, lmax 28)', big, { ...syntheticData(1000, chans, ['k1', 'k2'], 3), frequency: 'daily' });
big.channels.forEach((c) => { c.adstock = 'delayed'; c.saturation = 'hill'; });
big.likelihood = 'student-t';
await time('synthetic daily delayed+Hill+Student-t', big, { ...syntheticData(1000, chans, ['k1', 'k2'], 3), frequency: 'daily' });
