// nutpie's warmup (FitConfig.adaptation 'nutpie'): Seyboldt's draw/gradient metric on known Gaussians, seeded
// determinism, no allocation in a transition, and bad adaptation values named.
import { describe, expect, it } from 'vitest';
import { loadWasmModule } from '../../src/core/engine/wasm-load';
import { runChain } from '../../src/core/engine/chain-inline';
import { checkFitConfig } from '../../src/core/engine/check-config';
import type { ChainResult, FitConfig } from '../../src/core/engine/types';
import { TARGETS, chains, column, config, instance, mcse, pooledMean } from './helpers';

const nutpie = (over: Partial<FitConfig> = {}): FitConfig => config({ adaptation: 'nutpie', ...over });

describe("nutpie's draw/gradient metric", () => {
  it('recovers the variances of an independent Gaussian exactly (100-d, sd 1e-3 .. 1e3)', async () => {
    // For independent coordinates the gradient is linear in the draw, g_i = -x_i / sd_i^2, so over any set of
    // draws var(g_i) = var(x_i) / sd_i^4 and sqrt(var(x_i) / var(g_i)) = sd_i^2: the Monte Carlo error cancels
    // and only rounding is left (Welford sums in f64 over a few hundred draws: ~1e-14 relative). 1e-9 leaves
    // ample room for that and still fails any estimate that uses the draws alone (Stan's is ~10% off here).
    const [r] = await chains({ target: TARGETS.illScaled }, nutpie({ warmup: 500, draws: 10 }));
    for (let j = 0; j < 100; j++) {
      const variance = 10 ** (2 * (-3 + (6 * j) / 99));
      expect(Math.abs(r.metric[j] / variance - 1), `metric[${j}] = ${r.metric[j]} vs ${variance}`).toBeLessThan(1e-9);
    }
  });

  it('estimates sqrt(var / conditional precision) on a correlated Gaussian (rho 0.99): sqrt(1 - rho^2) = 0.141', async () => {
    // With Sigma = [[1, rho], [rho, 1]] the gradient is -Sigma^-1 x, whose variance is (Sigma^-1)_ii = 1/(1 - rho^2),
    // so the estimate's limit is sqrt(1 * (1 - rho^2)) = 0.1411: between the marginal variance (1, Stan's target)
    // and the conditional one (0.0199). At warmup 1000 the last metric comes from the draws of iterations
    // ~380-850 (~470 draws, ESS of x^2 and g^2 ~ 80 each on this target). The relative sd of each variance is then
    // sqrt(2 / 80) = 0.16 and the log-ratio's half-difference has sd <= 0.16; over 4 chains x 2 coordinates a
    // bound of 0.5 on |log(metric / 0.1411)| is > 3 sd for each, and the mean over all 8 (sd <= 0.08 even if the
    // two coordinates move together) must be within 0.25.
    const rs = await chains({ target: TARGETS.correlated }, nutpie({ chains: 4, warmup: 1000, draws: 10 }));
    const expected = Math.sqrt(1 - 0.99 ** 2);
    const logs = rs.flatMap((r) => Array.from(r.metric, (m) => Math.log(m / expected)));
    for (const l of logs) expect(Math.abs(l), `log(metric / ${expected}) = ${l}`).toBeLessThan(0.5);
    expect(Math.abs(logs.reduce((a, b) => a + b, 0) / logs.length)).toBeLessThan(0.25);
  });

  it('samples the correlated Gaussian correctly: means within 4 MCSE of 0, variances within 15%', async () => {
    // Var(x) estimated from 4000 draws at ESS ~600 (this target, nutpie's metric): relative sd of a variance
    // estimate sqrt(2 / 600) = 0.058, so 15% is > 2.5 sd while a wrong metric scale would bias it far more.
    const rs = await chains({ target: TARGETS.correlated }, nutpie({ chains: 4, warmup: 500, draws: 1000 }));
    for (let j = 0; j < 2; j++) {
      const cs = column(rs, j);
      expect(Math.abs(pooledMean(cs))).toBeLessThan(4 * mcse(cs));
      const sq = column(rs, j, (x) => x * x);
      expect(Math.abs(pooledMean(sq) - 1)).toBeLessThan(0.15);
    }
    expect(rs.reduce((s, r) => s + r.stats.divergent.reduce((a, b) => a + b, 0), 0)).toBe(0);
  });
});

describe("nutpie's schedule", () => {
  const switches = async (warmup: number): Promise<number[]> => {
    const w = await instance();
    const out = w.allocF64(200);
    const n = w.testNutpieSwitches(warmup, out);
    return Array.from(new Float64Array(w.memory.buffer, out, n));
  };
  it('switches every 10 draws in the first 30%, then after windows of 80, 120, ... while one fits before the last 15%', async () => {
    // warmup 1000: early phase draws 0-299 (the init's draw fills the first window one early), step-size-only from
    // 850. At 300 the window is 80: switch at 378, then 120: 498; the next (180) would end at 678 + 270 > 850.
    const early = Array.from({ length: 30 }, (_, k) => 8 + 10 * k);
    expect(await switches(1000)).toEqual([...early, 378, 498]);
    // warmup 300: early 0-89, metric phase to 254. The window of 80 from draw 88 would be full at 168, but the one
    // after it (120) no longer fits (168 + 120 > 255): no switch, the foreground keeps every draw from 79 to 254.
    expect(await switches(300)).toEqual(Array.from({ length: 9 }, (_, k) => 8 + 10 * k));
  });
});

describe("nutpie's warmup as a sampler option", () => {
  const bytes = (r: ChainResult): string => {
    const arrays = [r.draws, r.metric, ...Object.values(r.stats)];
    return [r.stepSize, r.gradients, ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex'))].join('|');
  };

  it('gives bit-identical chains for the same seed and chain, different ones for another chain or seed', async () => {
    const cfg = nutpie({ chains: 2, warmup: 200, draws: 200 });
    const a = await chains({ target: TARGETS.eightSchools }, cfg);
    const b = await chains({ target: TARGETS.eightSchools }, cfg);
    expect(bytes(b[0])).toBe(bytes(a[0]));
    expect(bytes(b[1])).toBe(bytes(a[1]));
    expect(a[1].draws).not.toEqual(a[0].draws);
    const [c] = await chains({ target: TARGETS.eightSchools }, nutpie({ warmup: 200, draws: 200, seed: 1 }));
    expect(c.draws).not.toEqual(a[0].draws);
  });

  it("differs from Stan's adaptation only by the option (the default is Stan's)", async () => {
    const [stan] = await chains({ target: TARGETS.eightSchools }, config({ warmup: 100, draws: 50 }));
    const [explicit] = await chains({ target: TARGETS.eightSchools }, config({ warmup: 100, draws: 50, adaptation: 'stan' }));
    const [np] = await chains({ target: TARGETS.eightSchools }, nutpie({ warmup: 100, draws: 50 }));
    expect(bytes(explicit)).toBe(bytes(stan));
    expect(np.draws).not.toEqual(stan.draws);
  });

  it('allocates nothing in warmup or sampling transitions', async () => {
    for (const target of [TARGETS.eightSchools, TARGETS.funnel, TARGETS.halfPlane]) {
      const w = await instance(target);
      expect(w.samplerInit(5, 0, 300, 300, 0.8, 10, 1)).toBe(0);
      // Two back-to-back probes give the allocator's stride; a third after the run must follow at that stride.
      const a = w.allocF64(1);
      const b = w.allocF64(1);
      expect(w.samplerRun(600)).toBe(600);
      const c = w.allocF64(1);
      expect(c - b, `target ${target}`).toBe(b - a);
    }
  });

  it('runs with no warmup, and a short one, and reports its jitter-free adapted step size', async () => {
    const [r0] = await chains({ target: TARGETS.correlated }, nutpie({ warmup: 0, draws: 20 }));
    expect(r0.completedDraws).toBe(20);
    const [r] = await chains({ target: TARGETS.correlated }, nutpie({ warmup: 30, draws: 200 }));
    // Each transition's step size is the adapted one times uniform(0.9, 1.1).
    for (const e of r.stats.stepsize) {
      expect(e / r.stepSize).toBeGreaterThanOrEqual(0.9);
      expect(e / r.stepSize).toBeLessThan(1.1);
    }
    expect(new Set(r.stats.stepsize).size).toBeGreaterThan(1);
  });

  it('rejects an unknown adaptation naming the field, in the config check, the chain driver and the WASM', async () => {
    const bad = { ...config(), adaptation: 'pymc' } as unknown as FitConfig;
    expect(() => checkFitConfig(bad)).toThrow('FitConfig.adaptation must be one of stan, nutpie (got pymc)');
    await expect(runChain(await loadWasmModule(), { target: TARGETS.correlated }, bad, 0)).rejects.toThrow(/FitConfig\.adaptation/);
    const w = await instance(TARGETS.correlated);
    expect(w.samplerInit(1, 0, 10, 10, 0.8, 10, 7)).toBe(-3);
  });
});
