// Where the shared reference datasets live (../shared/datasets from the repo root), if present.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATASETS = join(repoRoot, '..', 'shared', 'datasets');
export const HAVE_DATASETS = existsSync(join(DATASETS, 'pymc_mmm_example.csv'));
if (!HAVE_DATASETS) console.warn(`test/data: skipping shared-dataset tests: ${DATASETS} is absent`);

export function readDataset(name: string): string {
  return readFileSync(join(DATASETS, name), 'utf8');
}
