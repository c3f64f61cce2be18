// The demo truth read through the model's own code (src/core/model): same names, same scaling, same mu.
import { describe, expect, it } from 'vitest';
import { generateDemoData, generateSyntheticData, type Dataset } from '../../src/core/data/demo';
import { defaultSpec, forwardModel, parameterEntries, scaleData } from '../../src/core/model';

function check(d: Dataset): void {
  // The truth is written with saturation_beta (the maximum effect) and a linear baseline, so the spec samples beta
  // (not the default roi) and has no random walk.
  const spec = { ...defaultSpec(d.mapping, d.data.frequency), trend: d.truth.model.trend, yearly: d.truth.model.yearly, priors: {}, baseline: { kind: 'linear' as const } };
  expect(spec.channels.every((c) => c.lmax === d.truth.model.lmax && c.adstock === 'geometric' && c.saturation === 'logistic')).toBe(true);
  const { scaled, scaling } = scaleData(d.data, spec);
  expect(scaling.kpi).toBe(d.truth.scalingKpi);
  // Every parameter the model samples has a true value, and nothing else is in the truth.
  expect(parameterEntries(spec).map((e) => e.name).sort()).toEqual(Object.keys(d.truth.params).sort());
  const { mu, channels } = forwardModel(spec, scaled, d.truth.params);
  mu.forEach((m, t) => expect(Math.abs(m * scaling.kpi / d.truth.kpiNoiseless[t] - 1)).toBeLessThan(1e-12));
  spec.channels.forEach((ch, c) => {
    const total = channels[c].reduce((a, b) => a + b, 0) * scaling.kpi;
    expect(Math.abs(total / d.truth.contribution[ch.name] - 1)).toBeLessThan(1e-12);
  });
}

describe('demo truth in the model parameterisation', () => {
  it('demo dataset', () => check(generateDemoData(1)));
  it('synthetic dataset without trend, seasonality or controls', () => check(generateSyntheticData(2, { channels: 2, trend: false, yearly: 0, control: false })));
});
