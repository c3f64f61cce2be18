// Progress lines: redrawn in place (throttled) on a terminal, periodic plain lines otherwise.
import { describe, expect, it } from 'vitest';
import { createProgressPrinter, progressLine } from '../../src/cli/progress';
import type { ChainProgress } from '../../src/core/engine/types';

const p = (chain: number, iteration: number, extra: Partial<ChainProgress> = {}): ChainProgress =>
  ({ chain, iteration, total: 200, phase: iteration < 100 ? 'warmup' : 'sampling', divergences: 0, done: false, ...extra });

describe('progress', () => {
  it('formats a chain line with bar, percent, phase and divergences', () => {
    expect(progressLine(p(0, 50), 10)).toBe('chain 1 [###.......]  25% warmup   50/200');
    expect(progressLine(p(1, 200, { done: true, divergences: 3 }), 10)).toBe('chain 2 [##########] 100% done     200/200  3 divergent (warmup incl.)');
  });

  it('non-TTY: all chains every interval, finished chains once', () => {
    let t = 0;
    const out: string[] = [];
    const pr = createProgressPrinter({ write: (s: string) => out.push(s), isTTY: false }, 2, { logIntervalMs: 5000, now: () => t });
    pr.onProgress(p(0, 10)); // first report prints at once
    expect(out.join('')).toContain('chain 1');
    out.length = 0;
    t = 1000; pr.onProgress(p(1, 20));
    expect(out).toEqual([]);
    t = 6000; pr.onProgress(p(0, 40));
    expect(out.join('').split('\n').filter(Boolean).length).toBe(2);
    out.length = 0;
    pr.onProgress(p(0, 200, { done: true }));
    pr.onProgress(p(0, 200, { done: true }));
    expect(out.length).toBe(1);
    expect(out[0]).toContain('done');
  });

  it('TTY: redraws all lines in place, throttled', () => {
    let t = 0;
    const out: string[] = [];
    const pr = createProgressPrinter({ write: (s: string) => out.push(s), isTTY: true }, 2, { ttyIntervalMs: 100, now: () => t });
    pr.onProgress(p(0, 10));
    t = 50; pr.onProgress(p(0, 11)); // throttled
    t = 150; pr.onProgress(p(1, 12));
    expect(out.length).toBe(2);
    expect(out[0].startsWith('\x1b[2K')).toBe(true);
    expect(out[1].startsWith('\x1b[2A')).toBe(true); // cursor up over the 2 chain lines
  });
});
