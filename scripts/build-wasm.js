// Builds assembly/ into build/marginal.wasm (release, optimised) when sources are newer than the output.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build', 'marginal.wasm');
const force = process.argv.includes('--force');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const srcTime = Math.max(newest(join(root, 'assembly')), statSync(join(root, 'scripts', 'build-wasm.js')).mtimeMs);
if (!force && existsSync(out) && statSync(out).mtimeMs >= srcTime) {
  console.log('build/marginal.wasm is up to date');
  process.exit(0);
}
mkdirSync(join(root, 'build'), { recursive: true });
const asc = join(root, 'node_modules', 'assemblyscript', 'bin', 'asc.js');
execFileSync(process.execPath, [asc, 'assembly/index.ts',
  '--outFile', 'build/marginal.wasm', '--textFile', 'build/marginal.wat',
  '-O3', '--noAssert', '--runtime', 'stub', '--exportRuntime',
  '--initialMemory', '64', '--enable', 'simd',
], { cwd: root, stdio: 'inherit' });
console.log('built build/marginal.wasm');
