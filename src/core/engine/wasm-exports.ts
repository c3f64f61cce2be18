// The typed surface of build/marginal.wasm (docs/CONTRACTS.md): what the hosts and tests may call.

/** Exports of the compiled AssemblyScript module (pointers are byte offsets into `memory`). */
export interface WasmExports {
  memory: WebAssembly.Memory;
  allocF64(n: number): number;
  allocI32(n: number): number;
  setTarget(id: number, dataPtr: number, len: number): number;
  targetDim(): number;
  logDensityGradAt(qPtr: number, gradPtr: number): number;

  /** adaptation: 0 Stan's windowed (also when omitted), 1 nutpie's (src/core/engine/adaptation.ts). */
  samplerInit(seed: number, chain: number, warmup: number, draws: number, delta: number, maxDepth: number, adaptation?: number): number;
  samplerRun(maxIterations: number): number;
  samplerIteration(): number;
  samplerDivergences(): number;
  samplerWarmupDivergences(): number;
  samplerStepSize(): number;
  samplerGradients(): number;
  samplerDim(): number;
  samplerDrawsPtr(): number;
  samplerStatsPtr(): number;
  samplerMetricPtr(): number;
  samplerSetInit(ptr: number): void;

  /** Unit-test hooks of the sampler parts (assembly/test-hooks.ts). */
  testWindowEnds(warmup: number, outPtr: number): number;
  testNutpieSwitches(warmup: number, outPtr: number): number;
  testWelford(xPtr: number, n: number, d: number, outPtr: number): void;
  testCriterion(pSharpMinusPtr: number, pSharpPlusPtr: number, rhoPtr: number, d: number): number;
  testDualAveraging(delta: number, scale: number, iters: number): number;
  testRng(seed: number, chain: number, n: number, outPtr: number, normal: number): void;
  testLog(x: number): number;

  /** Model-specific exports (assembly/mmm/exports.ts) are reached by name. */
  [name: string]: unknown;
}

/** Copies `values` into freshly allocated WASM memory in one bulk copy; returns the pointer. */
export function copyIn(w: WasmExports, values: ArrayLike<number>): number {
  const ptr = w.allocF64(values.length);
  new Float64Array(w.memory.buffer, ptr, values.length).set(values);
  return ptr;
}

/** Copies n f64 out of WASM memory (a fresh view: memory may have grown). */
export function copyOut(w: WasmExports, ptr: number, n: number): Float64Array {
  return new Float64Array(w.memory.buffer, ptr, n).slice();
}
