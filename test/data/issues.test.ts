import { describe, expect, it } from 'vitest';
import { CappedIssues, listCapped, quote, QUOTE_CAP, rowLabel } from '../../src/core/data/issues';

describe('issues: quoting and capped lists', () => {
  it('quotes a short text whole and cuts a long one at QUOTE_CAP characters with "…"', () => {
    expect(quote('tv')).toBe('"tv"');
    expect(quote('a'.repeat(QUOTE_CAP))).toBe(`"${'a'.repeat(60)}"`);
    expect(quote('b'.repeat(1_000_000))).toBe(`"${'b'.repeat(60)}…"`);
  });
  it('lists up to the cap, then says how many more', () => {
    expect(listCapped(['1', '2', '3'], 5)).toBe('1, 2, 3');
    expect(listCapped(['1', '2', '3', '4'], 2)).toBe('1, 2 and 2 more');
  });
  it('labels rows with their file line and summarises dropped issues', () => {
    expect(rowLabel(3, [2, 5, 9])).toBe('row 3 (line 9)');
    const c = new CappedIssues('things', 1);
    c.add({ message: 'a' });
    c.add({ message: 'b' });
    expect(c.count).toBe(2);
    expect(c.list()).toEqual([{ message: 'a' }, { message: 'and 1 more things' }]);
  });
});
