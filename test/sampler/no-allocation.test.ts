// Transitions allocate nothing: every buffer comes from samplerInit (the stub runtime never frees).
import { expect, it } from 'vitest';
import { TARGETS, instance } from './helpers';

it('samplerRun performs no heap allocation, warmup (with metric updates) and sampling alike', async () => {
  for (const target of [TARGETS.eightSchools, TARGETS.funnel, TARGETS.halfPlane]) {
    const w = await instance(target);
    expect(w.samplerInit(5, 0, 300, 300, 0.8, 10)).toBe(0);
    // Two back-to-back probes give the allocator's stride; a third after the run must follow at that stride.
    const a = w.allocF64(1);
    const b = w.allocF64(1);
    expect(w.samplerRun(600)).toBe(600);
    const c = w.allocF64(1);
    expect(c - b, `target ${target}`).toBe(b - a);
  }
});
