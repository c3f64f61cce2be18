// The adstock component: the convolution at one period, the series, and the optimizer's window built from them.
import { describe, it, expect } from 'vitest';
import { adstock, adstockAt, adstockWeights } from '../../src/core/model/components/adstock';
import type { ChannelSpec } from '../../src/core/model/spec';

const ch = (adstockKind: 'geometric' | 'delayed', lmax: number): ChannelSpec => ({ name: 'a', adstock: adstockKind, lmax, saturation: 'logistic' });

describe('adstock', () => {
  it('adstockAt sums the lags inside the series only (zero before its start)', () => {
    const w = Float64Array.of(0.5, 0.3, 0.2);
    const x = [10, 20, 30, 40];
    expect(adstockAt(w, x, 0)).toBe(5);
    expect(adstockAt(w, x, 1)).toBeCloseTo(0.5 * 20 + 0.3 * 10, 14);
    expect(adstockAt(w, x, 3)).toBeCloseTo(0.5 * 40 + 0.3 * 30 + 0.2 * 20, 14);
  });

  it('the series is adstockAt at every period, for both kernels', () => {
    const x = [1, 0, 0, 3, 2, 0, 0, 0, 5];
    for (const [kind, theta] of [['geometric', 0], ['delayed', 1.5]] as const) {
      const a = adstock(ch(kind, 4), x, 0.6, theta);
      const w = adstockWeights(ch(kind, 4), 0.6, theta);
      a.forEach((v, t) => expect(v).toBe(adstockAt(w, x, t)));
    }
  });

  it('conserves spend once the kernel has run out (weights sum to one)', () => {
    const x = [4, 0, 0, 0, 0, 0, 0, 0];
    const a = adstock(ch('delayed', 5), x, 0.4, 2);
    expect(a.reduce((s, v) => s + v, 0)).toBeCloseTo(4, 13);
  });
});
