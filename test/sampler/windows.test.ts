// Stan's windowed adaptation schedule: where the metric is updated for a given warmup length.
import { expect, it } from 'vitest';
import { instance } from './helpers';

async function windowEnds(warmup: number): Promise<number[]> {
  const w = await instance();
  const out = w.allocF64(64);
  const n = w.testWindowEnds(warmup, out);
  return Array.from(new Float64Array(w.memory.buffer, out, n));
}

it('ends windows at 100, 150, 250, 450, 950 for the default warmup 1000', async () => {
  // init buffer 75, first window 25 doubling, the last one stretched to warmup - term buffer (50).
  expect(await windowEnds(1000)).toEqual([100, 150, 250, 450, 950]);
});

it('stretches the last window when the next doubling would overrun the slow phase', async () => {
  // 500: after 150 the window of 100 ends at 250 (its successor, 450 + 200, would overrun 450): 250, then 450.
  expect(await windowEnds(500)).toEqual([100, 150, 250, 450]);
  expect(await windowEnds(400)).toEqual([100, 150, 350]);
  expect(await windowEnds(2000)).toEqual([100, 150, 250, 450, 850, 1950]);
});

it('uses the whole slow phase as one window when warmup = init + base + term exactly', async () => {
  expect(await windowEnds(150)).toEqual([100]);
});

it('falls back to 15%/75%/10% for short warmups', async () => {
  // 100: init 15, window 75, term 10 -> one window ending at iteration 90.
  expect(await windowEnds(100)).toEqual([90]);
  // 149 (< 150): init 22, term 14, window 113 -> ends at 22 + 113 = 135.
  expect(await windowEnds(149)).toEqual([135]);
  expect(await windowEnds(20)).toEqual([18]);
});

it('does no metric adaptation for warmup < 20', async () => {
  expect(await windowEnds(19)).toEqual([]);
  expect(await windowEnds(0)).toEqual([]);
});
