// The baseline components (intercept + trend, seasonality, controls) and their composition.
import { describe, it, expect } from 'vitest';
import { interceptTrend, trendAt } from '../../src/core/model/components/baseline';
import { fourierAngle, seasonalityAt, DAYS_PER_YEAR } from '../../src/core/model/components/seasonality';
import { controlValue, controlsAt } from '../../src/core/model/components/controls';
import { baselineAt, baselineCoefs } from '../../src/core/model/forward';

describe('baseline components', () => {
  it('the trend runs 0..1 over the span; a single row has none', () => {
    expect(trendAt(0, 10)).toBe(0);
    expect(trendAt(10, 10)).toBe(1);
    expect(trendAt(15, 10)).toBe(1.5); // a holdout row beyond the fitted window extrapolates
    expect(trendAt(0, 0)).toBe(0);
    expect(interceptTrend(0.3, 0.2, 5, 10)).toBeCloseTo(0.4, 15);
    expect(interceptTrend(0.3, 0, 5, 10)).toBe(0.3);
  });

  it('seasonality: harmonic k has period 365.25 / k days', () => {
    expect(fourierAngle(1, DAYS_PER_YEAR)).toBeCloseTo(2 * Math.PI, 14);
    expect(fourierAngle(2, DAYS_PER_YEAR / 4)).toBeCloseTo(Math.PI, 14);
    // a quarter year: sin_1 = 1, cos_1 = 0, sin_2 = 0, cos_2 = -1
    expect(seasonalityAt([0.4, 0.5, 0.2, 0.3], 2, DAYS_PER_YEAR / 4)).toBeCloseTo(0.4 - 0.3, 14);
    expect(seasonalityAt([], 0, 100)).toBe(0);
  });

  it('controls: the scaled value and the linear term', () => {
    expect(controlValue(5, { center: 1, scale: 2 })).toBe(2);
    expect(controlsAt([0.5, -1], [[1, 2], [3, 4]], 1)).toBe(0.5 * 2 - 4);
    expect(controlsAt([], [], 0)).toBe(0);
  });

  it('baselineAt composes the three from named values (the trend ignored when the spec has none)', () => {
    const spec = { channels: [], controls: ['promo'], trend: false, yearly: 1 };
    const b = baselineCoefs(spec, { intercept: 0.1, trend: 9, 'gamma_control[promo]': 0.3, 'gamma_fourier[sin_1]': 0.4, 'gamma_fourier[cos_1]': 0.5 });
    expect(b.trend).toBe(0);
    const v = baselineAt(b, [Float64Array.of(0, 2)], Float64Array.of(0, DAYS_PER_YEAR / 4), 1, 1);
    expect(v).toBeCloseTo(0.1 + 0.3 * 2 + 0.4, 14);
  });
});
