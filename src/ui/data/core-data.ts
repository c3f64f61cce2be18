// The app's single doorway to src/core/data: parsing, column detection, ingest/validation and the demo dataset.
export { parseCsv, type ParsedCsv } from '../../core/data/parse';
export { ingestCsv } from '../../core/data/ingest';

import type { ColumnMapping, MmmData } from '../../core/data/types';

// detect.ts and demo.ts are being written concurrently; looked up by name so the app builds before they land.
const modules = import.meta.glob('../../core/data/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;
function coreFunction<F>(name: string): F {
  for (const m of Object.values(modules)) if (typeof m[name] === 'function') return m[name] as F;
  return (() => {
    throw new Error(`src/core/data does not export ${name} yet`);
  }) as F;
}

export interface DemoData {
  csv: string;
  data: MmmData;
  mapping: ColumnMapping;
  truth: unknown;
}

export const detectColumns = coreFunction<(header: string[], rows: string[][]) => ColumnMapping>('detectColumns');
export const generateDemoData = coreFunction<(seed?: number) => DemoData>('generateDemoData');
