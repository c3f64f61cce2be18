// A small valid weekly table for validation tests, edited cell by cell per case.
import type { ColumnMapping } from '../../src/core/data/types';

export const MAPPING: ColumnMapping = { date: 'date', kpi: 'sales', channels: ['tv', 'search'], controls: ['promo'] };
export const HEADER = ['date', 'sales', 'tv', 'search', 'promo'];

/** 30 weekly rows from 2023-01-02 (the rough parameter count for MAPPING is 13, so 26 rows are needed). */
export function goodRows(n = 30): string[][] {
  const start = Date.UTC(2023, 0, 2);
  return Array.from({ length: n }, (_, t) => [
    new Date(start + t * 7 * 86_400_000).toISOString().slice(0, 10),
    String(1000 + 37 * ((t * 7) % 11)),
    String(t % 3 === 0 ? 0 : 500 + 10 * t),
    String(200 + 5 * t),
    String(t % 5 === 0 ? 1 : 0),
  ]);
}

export function toCsv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((r) => r.join(',')).join('\n') + '\n';
}
