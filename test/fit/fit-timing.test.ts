// What a fit's time went to, on fixed inputs: gradients per second, leapfrogs per draw (sampling and warmup), the
// slowest chain, the model's size, and the verdict in words (geometry, size, both, length, or none when fast).
import { describe, expect, it } from 'vitest';
import { fitTiming, type TimedModel } from '../../src/core/fit/fit-timing';
import { parameterEntries } from '../../src/core/model/params';
import { fixtureModel } from '../fixtures/model';

interface Run {
  seconds: number;
  /** Leapfrogs per sampling draw, one value per chain (every draw the same). */
  steps: number[];
  chainSeconds?: number[];
  chainGradients?: number[];
  warmup?: number;
  draws?: number;
  holdout?: number;
}

/** A 2-channel weekly model (40 periods) whose sampler record is exactly `run`. */
function timed(run: Run): TimedModel {
  const m = fixtureModel({ chains: run.steps.length, draws: 4, periods: 40, holdout: run.holdout });
  const draws = run.draws ?? 100;
  const gradients = run.chainGradients ?? run.steps.map(() => 0);
  return {
    ...m,
    fit: { ...m.fit, chains: run.steps.length, warmup: run.warmup ?? 100, draws },
    sampler: { n_leapfrog: run.steps.map((s) => new Array(draws).fill(s)) },
    diagnostics: {
      ...m.diagnostics,
      seconds: run.seconds,
      gradients: gradients.reduce((a, b) => a + b, 0),
      ...(run.chainSeconds && { chain_seconds: run.chainSeconds }),
      ...(run.chainGradients && { chain_gradients: run.chainGradients }),
    },
  };
}

const PARAMS = parameterEntries(fixtureModel().spec).length;

describe('fitTiming figures', () => {
  it('gradients per second overall and per chain, leapfrogs per draw in sampling and warmup, the slowest chain', () => {
    // Chain 1: 100 draws x 15 steps = 1,500 sampling gradients, 100 warmup iterations x 30 steps = 3,000 more.
    const t = fitTiming(timed({ seconds: 4, steps: [15, 31], chainSeconds: [3, 4], chainGradients: [4500, 9100], warmup: 100 }));
    expect(t.gradientsPerSecond).toBe(13600 / 4);
    expect(t.chainGradientsPerSecond).toEqual([1500, 2275]);
    expect(t.medianChainGradientsPerSecond).toBe(1887.5);
    expect(t.leapfrogsPerDraw).toBe(23);
    expect(t.chainLeapfrogsPerDraw).toEqual([15, 31]);
    // (4,500 - 1,500 + 9,100 - 3,100) / (100 warmup x 2 chains)
    expect(t.warmupLeapfrogsPerDraw).toBe(45);
    expect(t.slowestChain).toEqual({ chain: 1, seconds: 4, ratio: 4 / 3.5 });
    expect(t).toMatchObject({ parameters: PARAMS, periods: 40, channels: 2, frequency: 'weekly' });
    expect(t.verdict).toBeUndefined();
    expect(t.figures).toEqual([
      '3,400 gradients per second (per chain 1,500 to 2,275)',
      '23 leapfrogs per draw (about 45 in warmup)',
      'slowest chain 2: 4.0 s, 1.1x the median chain',
      `${PARAMS} parameters on 40 weekly periods x 2 channels`,
    ]);
  });

  it('counts only the fitted periods when the model has a holdout', () => {
    expect(fitTiming(timed({ seconds: 1, steps: [7], holdout: 8 })).periods).toBe(32);
  });

  it('leaves out what model.json did not record: per-chain figures, warmup steps, gradients per second', () => {
    const old = fitTiming(timed({ seconds: 2, steps: [7, 15] }));
    expect(old.chainGradientsPerSecond).toBeUndefined();
    expect(old.slowestChain).toBeUndefined();
    expect(old.warmupLeapfrogsPerDraw).toBeUndefined();
    expect(old.figures[1]).toBe('11 leapfrogs per draw');
    const untimed = fitTiming(timed({ seconds: 0, steps: [7] }));
    expect(untimed.figures).toEqual(['7 leapfrogs per draw', `${PARAMS} parameters on 40 weekly periods x 2 channels`]);
    const noWarmup = fitTiming(timed({ seconds: 2, steps: [7], chainSeconds: [2], chainGradients: [700], warmup: 0 }));
    expect(noWarmup.warmupLeapfrogsPerDraw).toBeUndefined();
    expect(noWarmup.slowestChain).toBeUndefined();
    expect(noWarmup.figures[0]).toBe('350 gradients per second (per chain 350)');
  });
});

describe('fitTiming verdict', () => {
  it('says nothing when the fit was fast, however many steps it took', () => {
    expect(fitTiming(timed({ seconds: 30, steps: [255, 255], chainSeconds: [30, 30], chainGradients: [60000, 60000] })).verdict).toBeUndefined();
  });

  it('geometry: many leapfrogs per draw at a good rate', () => {
    const t = fitTiming(timed({ seconds: 120, steps: [255, 225], chainSeconds: [118, 120], chainGradients: [2_000_000, 2_000_000] }));
    expect(t.verdict).toMatch(/^Slow because of geometry: 240 leapfrogs per draw \(a well-conditioned model needs 7-31\)\. /);
    expect(t.verdict).toContain('informative priors');
    expect(t.verdict).not.toContain('held the fit up');
  });

  it('size: few gradients per second at a well-conditioned step count', () => {
    const t = fitTiming(timed({ seconds: 200, steps: [15, 15], chainSeconds: [200, 200], chainGradients: [220_000, 220_000] }));
    expect(t.verdict).toMatch(new RegExp(`^Slow because of size: 1,100 gradients per second per chain on 40 weekly periods x 2 channels \\(${PARAMS} parameters\\)\\. `));
    expect(t.verdict).toContain('weekly instead of daily');
  });

  it('geometry and size together', () => {
    const t = fitTiming(timed({ seconds: 300, steps: [127, 127], chainSeconds: [300, 300], chainGradients: [600_000, 600_000] }));
    expect(t.verdict).toMatch(/^Slow because of geometry and size: 127 leapfrogs per draw \(a well-conditioned model needs 7-31\) at 2,000 gradients per second per chain on 40 weekly/);
  });

  it('length: neither stands out', () => {
    const t = fitTiming(timed({ seconds: 60, steps: [31, 31], chainSeconds: [60, 60], chainGradients: [600_000, 600_000], warmup: 1000, draws: 1000 }));
    expect(t.verdict).toMatch(/^Slow because of length: 2 chains x \(1,000 warmup \+ 1,000 draws\) at 31 leapfrogs per draw and 10,000 gradients per second per chain; /);
  });

  it('names the chain that held the fit up, with its steps against the median chain', () => {
    const t = fitTiming(timed({ seconds: 100, steps: [15, 15, 255], chainSeconds: [40, 42, 100], chainGradients: [400_000, 420_000, 1_000_000] }));
    expect(t.slowestChain).toEqual({ chain: 2, seconds: 100, ratio: 100 / 42 });
    expect(t.verdict).toMatch(/ Chain 3 held the fit up: 2\.4x the median chain's time \(255 leapfrogs per draw against 15\)\.$/);
    expect(t.figures).toContain('slowest chain 3: 1 min 40 s, 2.4x the median chain');
  });

  it('uses the overall rate over the chains when per-chain timing was not recorded', () => {
    const t = timed({ seconds: 100, steps: [15, 15] });
    t.diagnostics.gradients = 200_000;
    expect(fitTiming(t).verdict).toMatch(/^Slow because of size: 1,000 gradients per second per chain/);
  });
});
