// A CSV text cell the app writes (plan and draws exports): formula-like names neutralised, others quoted per RFC 4180.
import { describe, expect, it } from 'vitest';
import { csvTextCell } from '../../src/core/data/csv-cell';

describe('csvTextCell', () => {
  it('prefixes = + - @ tab and CR with a single quote and quotes the cell', () => {
    expect(csvTextCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvTextCell('+1')).toBe(`"'+1"`);
    expect(csvTextCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvTextCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvTextCell('\tx')).toBe(`"'\tx"`);
  });

  it('leaves plain names alone and quotes commas, quotes and line breaks', () => {
    expect(csvTextCell('tv')).toBe('tv');
    expect(csvTextCell('a,b')).toBe('"a,b"');
    expect(csvTextCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvTextCell('a\nb')).toBe('"a\nb"');
  });
});
