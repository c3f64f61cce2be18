// Test helpers for the model: load the WASM, call the MMM density, make small seeded synthetic data.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MmmData } from '../../src/core/data/types';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Wasm {
  memory: WebAssembly.Memory;
  allocF64(n: number): number;
  setTarget(id: number, ptr: number, len: number): number;
  logDensityGradAt(q: number, g: number): number;
  [k: string]: any;
}

export async function loadWasm(): Promise<Wasm> {
  const file = process.env.MARGINAL_WASM ?? join(root, 'build', 'marginal.wasm');
  const { instance } = await WebAssembly.instantiate(readFileSync(file), { env: { abort: () => { throw new Error('wasm abort'); } } });
  return instance.exports as unknown as Wasm;
}

export function f64(w: Wasm, ptr: number, n: number): Float64Array {
  return new Float64Array(w.memory.buffer, ptr, n);
}

/** Copies values into fresh WASM memory and returns the pointer. */
export function put(w: Wasm, v: ArrayLike<number>): number {
  const p = w.allocF64(v.length);
  f64(w, p, v.length).set(v);
  return p;
}

/** A density bound to one packed model: lp and grad at q. */
export function mmmDensity(w: Wasm, blob: Float64Array): { dim: number; eval(q: ArrayLike<number>): { lp: number; grad: Float64Array } } {
  const dp = put(w, blob);
  const dim = w.setTarget(10, dp, blob.length);
  const qp = w.allocF64(Math.max(dim, 1));
  const gp = w.allocF64(Math.max(dim, 1));
  return {
    dim,
    eval(q) {
      f64(w, qp, dim).set(q);
      const lp = w.logDensityGradAt(qp, gp);
      return { lp, grad: Float64Array.from(f64(w, gp, dim)) };
    },
  };
}

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Weekly synthetic data: channels with some zero weeks, controls, a KPI loosely driven by them. */
export function syntheticData(n: number, channels: string[], controls: string[], seed: number): MmmData {
  const r = rng(seed);
  const start = Date.UTC(2021, 0, 4);
  const dates: string[] = [], doy: number[] = [];
  for (let t = 0; t < n; t++) {
    const d = new Date(start + t * 7 * 86400000);
    dates.push(d.toISOString().slice(0, 10));
    doy.push(Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1);
  }
  const ch: Record<string, number[]> = {};
  channels.forEach((c, i) => { ch[c] = Array.from({ length: n }, () => (r() < 0.2 ? 0 : 100 * (i + 1) * r())); });
  const ct: Record<string, number[]> = {};
  controls.forEach((c) => { ct[c] = Array.from({ length: n }, () => (r() < 0.5 ? 0 : 1 + r())); });
  const kpi = Array.from({ length: n }, (_, t) => 1000 + 300 * Math.sin(t / 5) + channels.reduce((a, c) => a + 2 * ch[c][t], 0) + 200 * r());
  return { dates, frequency: 'weekly', dayOfYear: doy, kpiName: 'sales', kpi, channels: ch, controls: ct };
}

/** Relative error with a floor (1 by default: absolute error for values below 1, as lp and gradients are compared). */
export function relErr(a: number, b: number, floor = 1): number {
  return Math.abs(a - b) / Math.max(floor, Math.abs(a), Math.abs(b));
}
