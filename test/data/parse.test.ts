import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/data/parse';

describe('parseCsv', () => {
  it('reads a plain comma file', () => {
    const p = parseCsv('date,y,x\n2023-01-02,1,2\n2023-01-09,3,4\n');
    expect(p.header).toEqual(['date', 'y', 'x']);
    expect(p.rows).toEqual([['2023-01-02', '1', '2'], ['2023-01-09', '3', '4']]);
    expect(p.lines).toEqual([2, 3]);
    expect(p.delimiter).toBe(',');
    expect(p.issues).toEqual([]);
  });

  it('strips a BOM, handles CRLF, quoted fields and trailing empty lines', () => {
    const p = parseCsv('\ufeff"DATE","revenue"\r\n2023-01-02,"1,234.5"\r\n"2023-01-09",7\r\n\r\n\r\n');
    expect(p.header).toEqual(['DATE', 'revenue']);
    expect(p.rows).toEqual([['2023-01-02', '1,234.5'], ['2023-01-09', '7']]);
  });

  it('auto-detects a semicolon delimiter', () => {
    const p = parseCsv('date;y;x\n2023-01-02;1,5;2\n2023-01-09;3;4\n');
    expect(p.delimiter).toBe(';');
    expect(p.rows[0]).toEqual(['2023-01-02', '1,5', '2']);
  });

  it('keeps file line numbers across blank lines and quoted line breaks', () => {
    const p = parseCsv('a,b\n1,"x\ny"\n\n  \n,\n2,3\n');
    expect(p.rows).toEqual([['1', 'x\ny'], ['2', '3']]);
    expect(p.lines).toEqual([2, 7]);
  });

  it('reports an unterminated quote with its row and line', () => {
    const p = parseCsv('a,b\n1,2\n3,"4\n');
    expect(p.issues[0].message).toBe('row 2 (line 3): Quoted field unterminated');
    expect(p.issues[0].row).toBe(2);
  });

  it('reports an empty file', () => {
    expect(parseCsv('').issues[0].message).toMatch(/the file is empty/);
    expect(parseCsv('\n\n').header).toEqual([]);
  });
});
