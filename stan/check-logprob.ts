// One-off check (needs rstan; compiles the model, ~1 min): our WASM log density and gradient against Stan's
// log_prob / grad_log_prob at random unconstrained points of the PyMC example. The log densities must
// differ by one constant (both drop different constants); gradients must agree.
// Usage: npx tsx stan/check-logprob.ts
import { writeFileSync, readFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { stanData, pymcModel } from './make-data';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const csv = join(root, '..', 'shared', 'datasets', 'pymc_mmm_example.csv');
const dir = mkdtempSync(join(tmpdir(), 'marginal-stan-'));
const { setup, layout } = pymcModel(csv);
const { instance } = await WebAssembly.instantiate(readFileSync(join(root, 'build', 'marginal.wasm')), { env: { abort() { throw new Error('abort'); } } });
const w = instance.exports as any;
const blob: Float64Array = setup.data!;
const bp = w.allocF64(blob.length);
new Float64Array(w.memory.buffer, bp, blob.length).set(blob);
const dim = w.setTarget(10, bp, blob.length);
const qp = w.allocF64(dim), gp = w.allocF64(dim);
let seed = 12345;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const points = Array.from({ length: 5 }, () => Array.from({ length: dim }, () => 2 * rand() - 1));
const ours = points.map((q) => {
  new Float64Array(w.memory.buffer, qp, dim).set(q);
  const lp = w.logDensityGradAt(qp, gp);
  return { lp, grad: Array.from(new Float64Array(w.memory.buffer, gp, dim)) };
});
writeFileSync(join(dir, 'data.json'), JSON.stringify(stanData(csv)));
writeFileSync(join(dir, 'points.json'), JSON.stringify(points));
execFileSync('Rscript', [join(root, 'stan', 'logprob.R'), join(dir, 'data.json'), join(dir, 'points.json'), join(dir, 'out.json')], { stdio: 'inherit' });
const stan = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { lp: number; grad: number[] }[];
const diffs = stan.map((s, i) => ours[i].lp - s.lp);
let maxGrad = 0;
stan.forEach((s, i) => s.grad.forEach((g, j) => {
  maxGrad = Math.max(maxGrad, Math.abs(g - ours[i].grad[j]) / Math.max(1, Math.abs(g)));
}));
console.log('parameters:', layout.names.join(', '));
console.log('ours - stan log density at 5 points:', diffs.map((d) => d.toFixed(10)).join(', '));
console.log(`spread of the difference: ${(Math.max(...diffs) - Math.min(...diffs)).toExponential(2)}; max relative gradient difference: ${maxGrad.toExponential(2)}`);
