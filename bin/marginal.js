#!/usr/bin/env node
// CLI entry: runs src/cli/main.ts through tsx so the CLI and the app share the same TypeScript core.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const tsxCli = require.resolve('tsx/cli');
spawnSync(process.execPath, [join(root, 'scripts', 'build-wasm.js')], { stdio: ['ignore', 'ignore', 'inherit'] });
const r = spawnSync(process.execPath, [tsxCli, join(root, 'src', 'cli', 'main.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
