// Module surfaces: each src/core/<folder> is used through its index.ts; the CLI and the UI import
// nothing deeper, and nothing in src imports from test/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SRC = join(ROOT, 'src');
const CORE = join(SRC, 'core');

/**
 * Surfaces beside a folder's index: the Node host (it pulls in node:worker_threads, which a browser bundle must
 * not see) and the optimizer's defaults (plain constants the page needs on its main thread; the optimizer's index
 * pulls in tfjs, which the app loads only in its optimizer worker).
 */
const HOST_SURFACES = new Set(['engine/node-host.ts', 'optimizer/defaults.ts']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|svelte)$/.test(e) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) out.push(m[1]);
  for (const m of text.matchAll(/new URL\('([^']+)'/g)) out.push(m[1]);
  return out.filter((s) => s.startsWith('.'));
}

describe('module surfaces', () => {
  it('every src/core folder has an index.ts', () => {
    const folders = readdirSync(CORE).filter((e) => statSync(join(CORE, e)).isDirectory());
    const missing = folders.filter((f) => !readdirSync(join(CORE, f)).includes('index.ts'));
    expect(missing).toEqual([]);
  });

  it('the CLI and the UI import core only through a folder index (or a host surface)', () => {
    const bad: string[] = [];
    for (const file of [...files(join(SRC, 'cli')), ...files(join(SRC, 'ui'))]) {
      for (const spec of imports(file)) {
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(CORE + '/')) continue;
        const rel = relative(CORE, target).replace(/\.ts$/, '');
        const parts = rel.split('/');
        const ok = parts.length === 1 || (parts.length === 2 && parts[1] === 'index') || HOST_SURFACES.has(`${rel}.ts`);
        if (!ok) bad.push(`${relative(ROOT, file)} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('nothing in src imports from test/', () => {
    const bad: string[] = [];
    for (const file of files(SRC)) {
      for (const spec of imports(file)) {
        const target = resolve(dirname(file), spec);
        if (target.startsWith(join(ROOT, 'test') + '/')) bad.push(`${relative(ROOT, file)} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
