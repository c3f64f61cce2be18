// The CLI's timing lines (src/cli/timing.ts) and their place at the end of the summary `fit` and `summary` print.
import { describe, expect, it } from 'vitest';
import { timingLines } from '../../src/cli/timing';
import { summaryText } from '../../src/cli/table';
import { fixtureModel } from '../fixtures/model';

function model(seconds: number, steps: number) {
  const m = fixtureModel({ chains: 2, draws: 6, periods: 40 });
  m.fit = { ...m.fit, warmup: 0 };
  m.sampler.n_leapfrog = m.sampler.n_leapfrog.map((c) => c.map(() => steps));
  m.diagnostics = { ...m.diagnostics, seconds, gradients: 2 * 6 * steps, chain_seconds: [seconds, seconds], chain_gradients: [6 * steps, 6 * steps] };
  return m;
}

describe('timingLines', () => {
  it('a fast fit: one line of figures, no verdict', () => {
    const lines = timingLines(model(2, 15));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^timing: 90 gradients per second \(per chain 45 to 45\) \| 15 leapfrogs per draw \| slowest chain 1: 2\.0 s, 1\.0x the median chain \| \d+ parameters on 40 weekly periods x 2 channels$/);
  });

  it('a slow fit: the verdict on its own line', () => {
    const lines = timingLines(model(100, 255));
    expect(lines[1]).toMatch(/^slow: Slow because of geometry and size: 255 leapfrogs per draw/);
  });

  it('ends the summary text', () => {
    const text = summaryText(model(2, 15));
    expect(text.split('\n').at(-1)).toMatch(/^timing: 90 gradients per second/);
  });
});
