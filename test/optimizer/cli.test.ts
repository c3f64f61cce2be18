// `marginal optimize`: flags, the printed table, plan.json, and usage errors (exit 2) naming the flag.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runOptimizeCommand } from '../../src/cli/optimize';
import { fixtureModel } from '../fixtures/model';

const flat = (n: number, v: number) => new Array(n).fill(v);
const dir = mkdtempSync(join(tmpdir(), 'marginal-opt-'));
const modelPath = join(dir, 'model.json');

beforeAll(() => {
  const model = fixtureModel({
    kpiScale: 10000, intercept: [0.5, 0.45],
    channels: [
      { name: 'tv', lmax: 3, saturation: 'logistic', alpha: [0.5, 0.4], lam: [2, 3], beta: [0.4, 0.35], history: flat(20, 1000) },
      { name: 'search', saturation: 'michaelis-menten', lam: [0.6, 0.4], beta: [0.3, 0.2], history: flat(20, 800) },
    ],
  });
  writeFileSync(modelPath, JSON.stringify(model));
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out += String(s); return true; });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => { err += String(s); return true; });
  try {
    const code = await runOptimizeCommand(args);
    return { code, out, err };
  } finally { o.mockRestore(); e.mockRestore(); }
}

afterEach(() => vi.restoreAllMocks());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('marginal optimize', () => {
  it('prints the plan and writes plan.json with the documented fields', async () => {
    const out = join(dir, 'plan.json');
    const csv = join(dir, 'plan.csv');
    // a budget above today's total needs the trust region widened (the flat history's largest spend is today's)
    const r = await run([modelPath, '--budget', '12000', '--horizon', '6', '--bounds', 'tv=100:1500,search=:', '--max-change', '0.5',
      '--out', out, '--csv', csv, '--frontier', '--max-step', '0.2', '--extrapolate', '1.5']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/objective mean, horizon 6 periods, budget 12,000 \(2000 per period\)/);
    expect(r.out).toMatch(/^tv\s+1000\s+\d+/m);
    expect(r.out).toMatch(/P\(uplift > 0\) = /);
    expect(r.out).toMatch(/efficient frontier/);
    expect(r.out).toMatch(/trust region: no period above 1.5x the largest spend per period the model has seen/);
    const plan = JSON.parse(readFileSync(out, 'utf8'));
    for (const k of ['allocation', 'current', 'kpi_current', 'kpi_recommended', 'uplift', 'p_uplift_positive', 'mroi', 'kkt', 'frontier', 'path', 'trust_region']) expect(plan).toHaveProperty(k);
    expect(plan.allocation.tv + plan.allocation.search).toBeCloseTo(2000, 6);
    expect(plan.uplift).toHaveProperty('q03');
    expect(plan.frontier.points).toHaveLength(20);
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toMatch(/^channel,current_per_period/);
  });

  it('objectives and locks', async () => {
    const out = join(dir, 'p2.json');
    const r = await run([modelPath, '--horizon', '6', '--objective', 'q10', '--lock', 'search', '--out', out]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).allocation.search).toBe(800);
    const r2 = await run([modelPath, '--horizon', '6', '--objective', 'profit', '--value-per-kpi', '2', '--mroi-target', '0', '--out', out]);
    expect(r2.code).toBe(0);
  });

  it('usage errors name the flag and exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [[modelPath, '--budgett', '5'], /unknown flag --budgett/],
      [[modelPath, '--budget'], /--budget needs a value/],
      [[modelPath, '--budget', 'abc'], /--budget must be a number > 0, got "abc"/],
      [[modelPath, '--horizon', '2.5'], /--horizon must be a whole number >= 1, got "2.5"/],
      [[modelPath, '--objective', 'max'], /--objective must be one of mean, q10, cvar10, mean-sd, profit, got "max"/],
      [[modelPath, '--bounds', 'tv=1-2'], /--bounds expects ch=min:max/],
      [[modelPath, '--bounds', 'radio=1:2'], /--bounds: unknown channel "radio" \(channels: tv, search\)/],
      [[modelPath, '--lock', 'tv,radio'], /--lock: unknown channel "radio"/],
      [[modelPath, '--current', 'tv=-3'], /--current must be a number >= 0 for "tv", got "-3"/],
      [[], /missing model.json/],
      [[modelPath, '--budget', '5', '--mroi-target', '1'], /alternatives/],
      [[modelPath, '--extrapolate', '0'], /--extrapolate must be a number >= 1 .*, or none, got "0"/],
      [[modelPath, '--extrapolate', '-2'], /--extrapolate must be a number >= 1 .*got "-2"/],
      [[modelPath, '--extrapolate', '0.8'], /--extrapolate must be .*below 1 would forbid spend it has seen.*got "0.8"/],
      [[modelPath, '--extrapolate', 'lots'], /--extrapolate must be a number >= 1 .*got "lots"/],
      [[modelPath, '--extrapolate'], /--extrapolate needs a value/],
    ];
    for (const [args, msg] of cases) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(msg);
      expect(r.err).toMatch(/usage: marginal optimize/);
    }
  });

  it('a plan at the trust region\'s edge says so in the output and plan.json; none lifts the region', async () => {
    const out = join(dir, 'p3.json');
    // the flat history's largest spend is today's, so at today's budget every channel sits at its edge
    const r = await run([modelPath, '--budget', String(1800 * 6), '--horizon', '6', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/trust region: no period above 1x the largest spend per period the model has seen \(--extrapolate to widen\)/);
    const plan = JSON.parse(readFileSync(out, 'utf8'));
    for (const n of plan.trust_region.notes) expect(r.out).toContain(`  ${n}`);
    expect(plan.trust_region.notes).toEqual(['tv: at the largest spend the model has seen (1,000 per week)', 'search: at the largest spend the model has seen (800 per week)']);
    const none = await run([modelPath, '--budget', String(2000 * 6), '--horizon', '6', '--extrapolate', 'none', '--out', out]);
    expect(none.code).toBe(0);
    expect(none.out).toMatch(/trust region: off \(--extrapolate none\)/);
    expect(JSON.parse(readFileSync(out, 'utf8')).trust_region.extrapolate).toBeNull();
    const over = await run([modelPath, '--budget', String(2000 * 6), '--horizon', '6', '--out', out]);
    expect(over.code).toBe(1);
    expect(over.err).toMatch(/infeasible: the maximums sum to .*tv trust region: 1x the largest spend seen \(1000 per period\).*widens with extrapolate/);
  });

  it('infeasible constraints and unreadable files exit 1 with the reason', async () => {
    const r = await run([modelPath, '--budget', '600', '--horizon', '6', '--bounds', 'tv=100:,search=50:']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/infeasible: the minimums sum to 900 over the horizon \(150 per period\), above the budget 600: tv min 100, search min 50/);
    const r2 = await run([join(dir, 'nope.json')]);
    expect(r2.code).toBe(1);
    expect(r2.err).toMatch(/cannot read .*nope.json/);
    expect((await run(['--help'])).code).toBe(0);
  });
});
