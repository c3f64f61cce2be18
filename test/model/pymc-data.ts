// Reads PyMC-Marketing's example dataset (../shared/datasets) into MmmData for tests; null when absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers';
import type { MmmData } from '../../src/core/data/types';

export const PYMC_CSV = join(root, '..', 'shared', 'datasets', 'pymc_mmm_example.csv');

export function loadPymcExample(): MmmData | null {
  if (!existsSync(PYMC_CSV)) return null;
  const lines = readFileSync(PYMC_CSV, 'utf8').trim().split(/\r?\n/);
  const head = lines[0].split(',');
  const rows = lines.slice(1).map((l) => l.split(','));
  const col = (n: string) => rows.map((r) => Number(r[head.indexOf(n)]));
  return {
    dates: rows.map((r) => r[0]), frequency: 'weekly', dayOfYear: col('dayofyear'), kpiName: 'y', kpi: col('y'),
    channels: { x1: col('x1'), x2: col('x2') },
    controls: { event_1: col('event_1'), event_2: col('event_2'), t: col('t') },
  };
}
