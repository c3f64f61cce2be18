// Loads build/marginal.wasm once per process/page (compile) and instantiates it once per chain.
import type { WasmExports } from './wasm-exports';

const isNode = typeof process !== 'undefined' && !!process.versions?.node && typeof window === 'undefined';

let compiled: Promise<WebAssembly.Module> | null = null;

async function readBytes(): Promise<BufferSource> {
  const url = new URL('../../../build/marginal.wasm', import.meta.url);
  if (isNode && url.protocol === 'file:') {
    // A variable specifier keeps bundlers from pulling node:fs into the browser build.
    const fsModule = 'node:fs/promises';
    const { readFile } = (await import(/* @vite-ignore */ fsModule)) as typeof import('node:fs/promises');
    try {
      return await readFile(url);
    } catch (e) {
      throw new Error(`cannot read ${url.pathname}: run \`npm run build:wasm\` first (${(e as Error).message})`);
    }
  }
  const res = await fetch(url);
  if (!res.ok) throw new Error(`cannot fetch ${url.href}: HTTP ${res.status}`);
  return await res.arrayBuffer();
}

/** The compiled module, compiled at most once per process/page. */
export function loadWasmModule(): Promise<WebAssembly.Module> {
  if (!compiled) {
    compiled = readBytes().then((b) => WebAssembly.compile(b));
    compiled.catch(() => {
      compiled = null;
    });
  }
  return compiled;
}

/** Reads an AssemblyScript string (UTF-16, length at ptr - 4) for abort messages. */
function readString(memory: WebAssembly.Memory, ptr: number): string {
  if (!ptr) return '';
  const len = new Uint32Array(memory.buffer, ptr - 4, 1)[0] >>> 1;
  return String.fromCharCode(...new Uint16Array(memory.buffer, ptr, len));
}

/** A fresh instance (its own memory): one per chain. */
export async function instantiateWasm(module: WebAssembly.Module): Promise<WasmExports> {
  let memory: WebAssembly.Memory | null = null;
  const instance = await WebAssembly.instantiate(module, {
    env: {
      abort(msg: number, file: number, line: number, col: number) {
        const m = memory ? readString(memory, msg) : '';
        const f = memory ? readString(memory, file) : '';
        throw new Error(`WASM abort: ${m || 'unknown error'} at ${f}:${line}:${col}`);
      },
      seed: () => 0,
    },
  });
  const exports = instance.exports as unknown as WasmExports;
  memory = exports.memory;
  return exports;
}
