// Column names that are also Object.prototype keys survive parse -> detect -> validate -> ingest.
import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../src/core/data/detect';
import { ingestCsv } from '../../src/core/data/ingest';
import { parseCsv } from '../../src/core/data/parse';
import { checkMapping } from '../../src/core/data/validate';

function csv(names: string[]): string {
  const lines = [['date', 'sales', ...names].join(',')];
  for (let t = 0; t < 40; t++) {
    const d = new Date(Date.UTC(2023, 0, 2 + 7 * t)).toISOString().slice(0, 10);
    lines.push([d, 1000 + 37 * ((t * 7) % 11), ...names.map((_, k) => 100 + ((t * (k + 3)) % 13))].join(','));
  }
  return `${lines.join('\n')}\n`;
}

describe('channels named __proto__, constructor, toString, hasOwnProperty', () => {
  const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
  const text = csv(names);

  it('are detected as channels with their own reasons', () => {
    const p = parseCsv(text);
    expect(p.header).toEqual(['date', 'sales', ...names]);
    const m = detectColumns(p.header, p.rows);
    expect(m.channels).toEqual(names);
    for (const n of names) {
      expect(Object.hasOwn(m.reasons, n), n).toBe(true);
      expect(m.reasons[n]).toBe('channel: no column is named like spend, and this one is numeric and never negative');
    }
    expect(Object.keys(m.reasons)).toEqual(['date', 'sales', ...names]);
  });

  it('are validated and ingested as own keys with their values', () => {
    const mapping = { date: 'date', kpi: 'sales', channels: names, controls: [] };
    expect(checkMapping(parseCsv(text).header, mapping).errors).toEqual([]);
    const r = ingestCsv(text, mapping);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.data.channels)).toEqual(names);
    for (const [k, n] of names.entries()) {
      expect(Object.hasOwn(r.data.channels, n)).toBe(true);
      expect(r.data.channels[n]).toHaveLength(40);
      expect(r.data.channels[n][1]).toBe(100 + ((k + 3) % 13));
    }
    expect(Object.getPrototypeOf(r.data.channels)).toBe(Object.prototype); // not replaced by an array
  });

  it('as controls, and a bad cell in one names it', () => {
    const mapping = { date: 'date', kpi: 'sales', channels: ['toString'], controls: ['__proto__', 'constructor'] };
    const r = ingestCsv(text.replace(/\n(2023-01-09,[^,]*,)[^,]*/, '\n$1oops'), mapping);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([{ message: 'row 2 (line 3), column "__proto__": "oops" is not a number', row: 2, column: '__proto__' }]);
    const ok = ingestCsv(text, mapping);
    expect(ok.ok && Object.keys(ok.data.controls)).toEqual(['__proto__', 'constructor']);
  });
});
