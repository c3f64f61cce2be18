#!/usr/bin/env node
// CLI entry: runs src/cli/main.ts under tsx's loader so the CLI and the app share the same TypeScript core.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// The loader, not tsx's CLI: tsx's CLI re-sends Ctrl-C to the child and then kills it, so a cancelled
// fit could not write its partial result. The child alone handles SIGINT; this wrapper just waits.
const tsxLoader = pathToFileURL(join(dirname(require.resolve('tsx/package.json')), 'dist', 'loader.mjs')).href;
process.on('SIGINT', () => {});
spawnSync(process.execPath, [join(root, 'scripts', 'build-wasm.js')], { stdio: ['ignore', 'ignore', 'inherit'] });
const r = spawnSync(process.execPath, ['--import', tsxLoader, join(root, 'src', 'cli', 'main.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
