import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/core/data/numbers';

describe('parseNumber', () => {
  it('reads plain numbers', () => {
    for (const [s, v] of [['1', 1], [' -2.5 ', -2.5], ['1e5', 1e5], ['.5', 0.5], ['+3', 3], ['4.', 4]] as const) {
      expect(parseNumber(s), s).toEqual({ kind: 'number', value: v });
    }
  });
  it('treats "", na, NA, N/A, NaN, null as missing', () => {
    for (const s of ['', '  ', 'na', 'NA', 'N/A', 'NaN', 'null', 'None', '#N/A']) expect(parseNumber(s).kind, s).toBe('missing');
  });
  it('accepts strict thousands grouping and flags it', () => {
    expect(parseNumber('1,234.5')).toEqual({ kind: 'number', value: 1234.5, thousands: true });
    expect(parseNumber('12,345,678')).toEqual({ kind: 'number', value: 12345678, thousands: true });
  });
  it('refuses decimal commas and loose groupings in comma mode, with a hint', () => {
    expect(parseNumber('12,5')).toEqual({ kind: 'invalid', hint: 'decimal commas are not read in comma-separated files: use a point, e.g. 12.5' });
    expect(parseNumber('1,23,4').kind).toBe('invalid');
    expect(parseNumber('$12')).toEqual({ kind: 'invalid', hint: 'remove currency and percent signs' });
    expect(parseNumber('abc')).toEqual({ kind: 'invalid' });
    expect(parseNumber('1e999').kind).toBe('invalid');
    expect(parseNumber('Infinity').kind).toBe('invalid');
  });
  it('reads decimal commas when asked', () => {
    expect(parseNumber('12,5', ',')).toEqual({ kind: 'number', value: 12.5 });
    expect(parseNumber('1.234,5', ',')).toEqual({ kind: 'number', value: 1234.5, thousands: true });
    expect(parseNumber('7', ',')).toEqual({ kind: 'number', value: 7 });
    expect(parseNumber('1.5', ',').kind).toBe('invalid');
  });
});
