// The tail probability of a scalar's draws.
import { describe, expect, it } from 'vitest';
import { probabilityAbove } from '../../src/core/stats';

describe('probabilityAbove', () => {
  it('P(x > 0) counts strictly above, ignoring non-finite', () => {
    expect(probabilityAbove([-1, 0, 1, 2, NaN])).toBe(0.5);
    expect(probabilityAbove([])).toBeNaN();
  });
});
