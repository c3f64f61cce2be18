import { describe, expect, it } from 'vitest';
import { ingestCsv, ingestTable } from '../../src/core/data/ingest';
import type { DataIssue, IngestResult } from '../../src/core/data/types';
import { goodRows, HEADER, MAPPING, toCsv } from './fixtures';

function errors(r: IngestResult): DataIssue[] {
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors;
}

function withCell(row: number, col: string, value: string, rows = goodRows()): string[][] {
  rows[row - 1][HEADER.indexOf(col)] = value;
  return rows;
}

describe('ingest: a valid table', () => {
  it('returns MmmData in mapping order with ISO dates, day of year and frequency', () => {
    const r = ingestTable(HEADER, goodRows(), MAPPING);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.data.dates.slice(0, 2)).toEqual(['2023-01-02', '2023-01-09']);
    expect(r.data.dayOfYear.slice(0, 2)).toEqual([2, 9]);
    expect(r.data.frequency).toBe('weekly');
    expect(r.data.kpiName).toBe('sales');
    expect(Object.keys(r.data.channels)).toEqual(['tv', 'search']);
    expect(r.data.channels.search[1]).toBe(205);
    expect(r.data.controls.promo[0]).toBe(1);
  });

  it('detects daily data', () => {
    const rows = goodRows().map((r, t) => [new Date(Date.UTC(2023, 0, 1) + t * 86_400_000).toISOString().slice(0, 10), ...r.slice(1)]);
    const r = ingestTable(HEADER, rows, MAPPING);
    expect(r.ok && r.data.frequency).toBe('daily');
  });

  it('ingests CSV text, using the file lines in messages', () => {
    const text = toCsv(HEADER, withCell(3, 'tv', 'abc')).replace('\n', '\n\n');
    expect(errors(ingestCsv(text, MAPPING))[0].message).toBe('row 3 (line 5), column "tv": "abc" is not a number');
  });
});

describe('ingest: dates', () => {
  it('names an unparsable date', () => {
    const e = errors(ingestTable(HEADER, withCell(12, 'date', '2023-02-30'), MAPPING));
    expect(e).toEqual([{ message: 'row 12 (line 13), column "date": "2023-02-30" is not a date (expected YYYY-MM-DD)', row: 12, column: 'date' }]);
  });

  it('names a missing date', () => {
    const e = errors(ingestTable(HEADER, withCell(4, 'date', ''), MAPPING));
    expect(e[0].message).toBe('row 4 (line 5), column "date": the date is missing');
  });

  it('refuses a column of ambiguous slash dates', () => {
    const rows = goodRows().map((r, t) => [`0${1 + (t % 9)}/0${1 + (t % 9)}/2023`, ...r.slice(1)]);
    expect(errors(ingestTable(HEADER, rows, MAPPING))[0].message).toBe(
      'date column "date": slash dates like "01/01/2023" are ambiguous (day/month or month/day): write them as YYYY-MM-DD');
  });

  it('names both rows of a duplicate date', () => {
    const e = errors(ingestTable(HEADER, withCell(5, 'date', '2023-01-23'), MAPPING));
    expect(e).toContainEqual({ message: 'duplicate date 2023-01-23 in row 4 (line 5) and row 5 (line 6): one row per period', row: 5, column: 'date' });
  });

  it('sorts unsorted dates with a warning', () => {
    const rows = goodRows();
    [rows[3], rows[4]] = [rows[4], rows[3]];
    const r = ingestTable(HEADER, rows, MAPPING);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([{
      message: 'dates are not in increasing order (row 5 (line 6), 2023-01-23, comes after 2023-01-30 in row 4 (line 5)): rows were sorted by date',
      row: 5, column: 'date',
    }]);
    expect(r.data.dates.slice(2, 6)).toEqual(['2023-01-16', '2023-01-23', '2023-01-30', '2023-02-06']);
    const sorted = ingestTable(HEADER, goodRows(), MAPPING);
    expect(sorted.ok && sorted.data.kpi).toEqual(r.data.kpi);
  });

  it('names the rows around a gap and counts the missing periods', () => {
    const rows = goodRows();
    rows.splice(9, 2); // drop rows 10 and 11 (2023-03-06, 2023-03-13)
    const e = errors(ingestTable(HEADER, rows, MAPPING));
    expect(e).toEqual([{
      message: 'gap in the dates between row 9 (line 10), 2023-02-27, and row 10 (line 11), 2023-03-20: 2 weeks missing (first missing 2023-03-06)',
      row: 10, column: 'date',
    }]);
  });

  it('names an irregular step', () => {
    const e = errors(ingestTable(HEADER, withCell(10, 'date', '2023-03-08'), MAPPING));
    expect(e[0].message).toBe('irregular step of 9 days between row 9 (line 10), 2023-02-27, and row 10 (line 11), 2023-03-08: weekly data needs dates exactly 7 days apart');
    expect(e[1].message).toBe('irregular step of 5 days between row 10 (line 11), 2023-03-08, and row 11 (line 12), 2023-03-13: weekly data needs dates exactly 7 days apart');
  });

  it('refuses monthly data', () => {
    const rows = goodRows().map((r, t) => [`${2020 + Math.floor(t / 12)}-${String(1 + (t % 12)).padStart(2, '0')}-01`, ...r.slice(1)]);
    expect(errors(ingestTable(HEADER, rows, MAPPING))[0].message).toBe(
      'column "date": dates are mostly 31 days apart; only weekly (7 days) or daily (1 day) data is supported');
  });

  it('explains a long (per-geo) table', () => {
    const rows = [...goodRows(), ...goodRows()];
    const e = errors(ingestTable(HEADER, rows, MAPPING));
    expect(e[0].message).toBe('column "date": 60 rows but only 30 distinct dates: this looks like a long or per-geo table; Marginal needs one row per period (sum over geos first)');
  });
});

describe('ingest: cells', () => {
  it('names missing and non-numeric cells', () => {
    const rows = withCell(7, 'sales', 'NA', withCell(2, 'search', 'twelve'));
    const e = errors(ingestTable(HEADER, rows, MAPPING));
    expect(e).toEqual([
      { message: 'row 7 (line 8), column "sales": the value is missing ("NA")', row: 7, column: 'sales' },
      { message: 'row 2 (line 3), column "search": "twelve" is not a number', row: 2, column: 'search' },
    ]);
  });

  it('names an empty cell and a short row', () => {
    const rows = goodRows();
    rows[0][2] = '';
    rows[1] = rows[1].slice(0, 4);
    const e = errors(ingestTable(HEADER, rows, MAPPING));
    expect(e.map((x) => x.message)).toEqual([
      'row 1 (line 2), column "tv": the value is missing',
      'row 2 (line 3), column "promo": the value is missing',
    ]);
  });

  it('caps cell errors at 20 with "and N more"', () => {
    const rows = goodRows().map((r) => [r[0], r[1], 'x', r[3], r[4]]);
    const e = errors(ingestTable(HEADER, rows, MAPPING));
    expect(e).toHaveLength(21);
    expect(e[19].message).toBe('row 20 (line 21), column "tv": "x" is not a number');
    expect(e[20]).toEqual({ message: 'and 10 more missing or non-numeric cells' });
  });

  it('accepts thousands separators with one warning per column', () => {
    const rows = withCell(1, 'sales', '1,234.5', withCell(2, 'sales', '2,000'));
    const r = ingestCsv(toCsv(HEADER, rows.map((row) => row.map((c) => `"${c}"`))), MAPPING);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.kpi.slice(0, 2)).toEqual([1234.5, 2000]);
    expect(r.warnings).toEqual([{ message: 'column "sales": 2 values with thousands separators (e.g. "1,234.5") read as plain numbers', column: 'sales' }]);
  });

  it('reads decimal commas in a semicolon file', () => {
    const rows = withCell(1, 'search', '200,5');
    const r = ingestCsv(rows.reduce((s, row) => s + row.join(';') + '\n', HEADER.join(';') + '\n'), MAPPING);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.channels.search[0]).toBe(200.5);
    expect(r.warnings[0].message).toBe('semicolon-separated file with decimal commas: "12,5" is read as 12.5');
  });

  it('names a row with too many fields', () => {
    const rows = goodRows();
    rows[5].push('9');
    expect(errors(ingestTable(HEADER, rows, MAPPING))).toEqual([{ message: 'row 6 (line 7) has 6 fields but the header has 5', row: 6 }]);
  });
});

describe('ingest: columns', () => {
  it('names negative spend', () => {
    const e = errors(ingestTable(HEADER, withCell(8, 'search', '-5'), MAPPING));
    expect(e).toEqual([{ message: 'row 8 (line 9), channel "search": negative spend -5', row: 8, column: 'search' }]);
  });

  it('refuses a channel that is zero in every row', () => {
    const rows = goodRows().map((r) => [r[0], r[1], '0', r[3], r[4]]);
    expect(errors(ingestTable(HEADER, rows, MAPPING))).toEqual([{
      message: 'channel "tv" is zero in every row: its effect cannot be estimated; remove it from the channels', column: 'tv',
    }]);
  });

  it('refuses a constant KPI and a constant control', () => {
    const rows = goodRows().map((r) => [r[0], '5', r[2], r[3], '0']);
    expect(errors(ingestTable(HEADER, rows, MAPPING)).map((x) => x.message)).toEqual([
      'KPI column "sales" is constant (every row is 5): there is nothing to explain',
      'control "promo" is constant (every row is 0): it cannot be told apart from the intercept; remove it from the controls',
    ]);
  });

  it('needs twice as many rows as parameters (rough count by default)', () => {
    expect(errors(ingestTable(HEADER, goodRows(25), MAPPING))).toEqual([{
      message: '25 rows is too few: a model with 13 parameters (rough count: 3 per channel + 1 per control + 4 Fourier terms + intercept and sigma) needs at least twice as many rows (26)',
    }]);
    expect(ingestTable(HEADER, goodRows(26), MAPPING).ok).toBe(true);
    expect(errors(ingestTable(HEADER, goodRows(26), MAPPING, { nParameters: 20 }))[0].message).toBe(
      '26 rows is too few: a model with 20 parameters needs at least twice as many rows (40)');
  });

  it('refuses a mapped column named twice in the header, and warns for an unmapped one', () => {
    const rows = goodRows().map((r) => [...r, '1', '2']);
    const e = errors(ingestTable([...HEADER, 'tv', 'extra', 'extra'].slice(0, 7), rows, MAPPING));
    expect(e).toEqual([{ message: 'column "tv" appears 2 times in the header (columns 3, 6): rename one so the mapping is unambiguous', column: 'tv' }]);
    const ok = ingestTable([...HEADER, 'x', 'x'], rows, MAPPING);
    expect(ok.warnings).toEqual([{ message: 'column "x" appears 2 times in the header (columns 6, 7); it is not used', column: 'x' }]);
  });

  it('names a mapped column that does not exist, suggesting a near match', () => {
    const e = errors(ingestTable(HEADER, goodRows(), { ...MAPPING, kpi: 'Sales' }));
    expect(e).toEqual([{ message: 'KPI column "Sales" is not in the header (did you mean "sales"?); columns are: "date", "sales", "tv", "search", "promo"', column: 'Sales' }]);
  });

  it('refuses a column mapped to two roles', () => {
    const e = errors(ingestTable(HEADER, goodRows(), { ...MAPPING, controls: ['promo', 'tv'] }));
    expect(e).toEqual([{ message: 'column "tv" is mapped both as a channel and as a control: a column plays one role', column: 'tv' }]);
  });

  it('refuses a mapping without channels, and a table without rows', () => {
    expect(errors(ingestTable(HEADER, goodRows(), { ...MAPPING, channels: [] }))[0].message).toBe(
      'no channel columns are mapped: a marketing mix model needs at least one paid channel');
    expect(errors(ingestTable(HEADER, [], MAPPING))).toEqual([{ message: 'there are no data rows below the header' }]);
    expect(errors(ingestCsv('', MAPPING))[0].message).toMatch(/the file is empty/);
  });

  it('never produces NaN on garbage', () => {
    const garbage = ['', ',,,', 'a\n\n"', 'date,sales,tv,search,promo\n"', '\u0000,\u0000\n1,2'];
    for (const g of garbage) {
      const r = ingestCsv(g, MAPPING);
      expect(r.ok).toBe(false);
      if (!r.ok) for (const e of r.errors) expect(e.message).not.toMatch(/NaN|undefined/);
    }
  });
});
