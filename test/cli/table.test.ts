// Number formatting in the summary table: significant digits, grouping for large figures, NA for missing.
import { describe, expect, it } from 'vitest';
import { fmt } from '../../src/cli/table';

describe('fmt', () => {
  it('formats across magnitudes', () => {
    expect(fmt(0.36094)).toBe('0.3609');
    expect(fmt(-0.0577)).toBe('-0.0577');
    expect(fmt(0.000617)).toBe('6.17e-4');
    expect(fmt(4968.2)).toBe('4968');
    expect(fmt(274848.4)).toBe('274,800');
    expect(fmt(9090000)).toBe('9,090,000');
    expect(fmt(12)).toBe('12');
    expect(fmt(0)).toBe('0');
    expect(fmt(NaN)).toBe('NA');
    expect(fmt(null as unknown as number)).toBe('NA');
  });
});
