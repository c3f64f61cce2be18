import { describe, expect, it } from 'vitest';
import { ingestCsv } from '../../src/core/data/ingest';
import { checkMapping } from '../../src/core/data/validate';
import { goodRows, HEADER, MAPPING, toCsv } from './fixtures';

describe('checkMapping on a header with repeated names', () => {
  it('40,000 empty names: one warning, linear time, the column list capped', () => {
    // Appending to the positions in place (the old copy-per-name took 256 s here).
    const header = [...HEADER, ...Array<string>(40_000).fill('')];
    const r = checkMapping(header, MAPPING);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0].message).toBe(`column "" appears 40000 times in the header (columns ${Array.from({ length: 20 }, (_, i) => i + 6).join(', ')} and 39980 more); it is not used`);
    expect(r.index.get('tv')).toBe(2);
  });

  it('a mapped name that is missing lists at most 20 header names, each capped', () => {
    const long = 'z'.repeat(1000);
    const header = [...HEADER, long, ...Array.from({ length: 100 }, (_, i) => `c${i}`)];
    const r = checkMapping(header, { ...MAPPING, channels: ['tv', 'radio'] });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message).toContain(`"${'z'.repeat(60)}…"`);
    expect(r.errors[0].message).toMatch(/"c13" and 86 more$/);
    expect(r.errors[0].message.length).toBeLessThan(500);
  });
});

describe('ingest messages quote at most 60 characters of a cell', () => {
  it('a 1 MB cell is cut in the message', () => {
    const rows = goodRows();
    rows[4][2] = `x${'9'.repeat(1_000_000)}`;
    const r = ingestCsv(toCsv(HEADER, rows), MAPPING);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toEqual({ message: `row 5 (line 6), column "tv": "x${'9'.repeat(59)}…" is not a number`, row: 5, column: 'tv' });
  });
});

describe('ingest: extreme finite values are refused with row and column', () => {
  it('a KPI of 1.797e308 and a spend of 1e-400', () => {
    const rows = goodRows();
    rows[2][1] = '1.797e308';
    rows[7][3] = '1e-400';
    const r = ingestCsv(toCsv(HEADER, rows), MAPPING);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { message: 'row 3 (line 4), column "sales": "1.797e308" is out of range (the magnitude is beyond 1e+150: rescale the column (e.g. in thousands or millions))', row: 3, column: 'sales' },
      { message: 'row 8 (line 9), column "search": "1e-400" is out of range (a non-zero magnitude below 1e-150 cannot be computed with: rescale the column or write 0)', row: 8, column: 'search' },
    ]);
  });
});
