// The plan CSV: channel names that a spreadsheet would run as formulas are neutralised, others quoted per RFC 4180.
import { describe, expect, it } from 'vitest';
import { planToCsv } from '../../src/core/optimizer/csv';
import { fixturePlan } from '../fixtures/plan';

describe('planToCsv channel names', () => {
  it('planToCsv writes a formula-like channel name neutralised', () => {
    const csv = planToCsv(fixturePlan(['=cmd|calc', 'tv']));
    const rows = csv.split('\n');
    expect(rows[1].startsWith(`"'=cmd|calc",`)).toBe(true);
    expect(rows[2].startsWith('tv,')).toBe(true);
  });
});
