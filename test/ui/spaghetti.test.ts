// Which draws the charts draw as individual lines.
import { describe, expect, it } from 'vitest';
import { pickDraws } from '../../src/ui/charts/spaghetti';

describe('pickDraws', () => {
  it('is evenly spaced, deterministic and bounded', () => {
    expect(pickDraws(10, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(pickDraws(3, 50)).toEqual([0, 1, 2]);
    expect(pickDraws(0)).toEqual([]);
  });
});
