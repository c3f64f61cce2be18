// NUTS throughput on the test targets: gradients/s, leapfrogs per draw, min bulk-ESS/s (1 chain, 1000 + 1000).
import { loadWasmModule } from '../src/core/engine/wasm-load';
import { runChain } from '../src/core/engine/chain-inline';
import { DEFAULT_FIT_CONFIG } from '../src/core/engine/defaults';
import { essBulk } from '../src/core/diagnostics';

const TARGETS: [string, number][] = [
  ['ill-scaled Gaussian d=100', 1],
  ['correlated 2-d rho=0.99', 2],
  ["Neal's funnel d=10", 3],
  ['eight schools (nc) d=10', 4],
];

export default async function bench(): Promise<void> {
  const module = await loadWasmModule();
  const config = { ...DEFAULT_FIT_CONFIG, chains: 1 };
  const rows = [];
  for (const [name, target] of TARGETS) {
    // Same seed three times (identical work): the median wall time discards JIT tier-up and load spikes.
    const runs = [];
    for (let k = 0; k < 3; k++) runs.push(await runChain(module, { target }, config, 0));
    runs.sort((a, b) => a.seconds - b.seconds);
    const r = runs[1];
    let minEss = Infinity;
    for (let j = 0; j < r.dim; j++) {
      const col = new Float64Array(r.completedDraws);
      for (let i = 0; i < col.length; i++) col[i] = r.draws[i * r.dim + j];
      minEss = Math.min(minEss, essBulk([col]));
    }
    const leapfrogs = r.stats.n_leapfrog.reduce((a, b) => a + b, 0);
    const divergent = r.stats.divergent.reduce((a, b) => a + b, 0);
    rows.push({
      target: name,
      'seconds': +r.seconds.toFixed(3),
      'gradients/s': Math.round(r.gradients / r.seconds),
      'leapfrogs/draw': +(leapfrogs / r.completedDraws).toFixed(1),
      'step size': +r.stepSize.toPrecision(3),
      'min bulk-ESS': Math.round(minEss),
      'min bulk-ESS/s': Math.round(minEss / r.seconds),
      'divergences': divergent,
    });
  }
  console.table(rows);
}
