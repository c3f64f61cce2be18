// Constrains draws in WASM (assembly/mmm/exports.ts mmmConstrain): the same bits on every host, where a
// JS Math.exp would differ between engines in the last place.
import type { ModelSetup } from './types';
import { instantiateWasm, loadWasmModule } from './wasm-load';

/** q (dim, unconstrained) -> every reported value (sampled parameters, then derived ones), in the layout's order. */
export type ConstrainFn = (q: ArrayLike<number>) => Float64Array;

/** One WASM instance set up with the model's data; `size` values (layout.names.length) come back per draw. */
export async function createWasmConstrain(setup: ModelSetup, size: number): Promise<ConstrainFn> {
  const w = await instantiateWasm(await loadWasmModule());
  const data = setup.data ?? new Float64Array(0);
  const dataPtr = w.allocF64(data.length);
  new Float64Array(w.memory.buffer, dataPtr, data.length).set(data);
  const dim = w.setTarget(setup.target, dataPtr, data.length);
  if (dim < 0) throw new Error(`setTarget(${setup.target}) failed with code ${dim}: unknown target or invalid model data`);
  const qPtr = w.allocF64(dim), gradPtr = w.allocF64(dim), outPtr = w.allocF64(Math.max(size, dim));
  const run = w.mmmConstrain as (q: number, grad: number, out: number) => number;
  return (q) => {
    if (q.length !== dim) throw new Error(`constrain: q has ${q.length} values, expected ${dim}`);
    new Float64Array(w.memory.buffer, qPtr, dim).set(q);
    const n = run(qPtr, gradPtr, outPtr);
    if (n !== size) throw new Error(`constrain: the WASM returned ${n} values, expected ${size}`);
    return new Float64Array(w.memory.buffer, outPtr, n).slice();
  };
}
