// Input checks of the CLI: every failure is our own message naming the file, flag or field, and comes
// before any sampling.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { generateSyntheticData } from '../../src/core/data/demo';
import { fixtureModel } from '../fixtures/model';

const dir = mkdtempSync(join(tmpdir(), 'marginal-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out += String(s); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => { err += String(s); return true; });
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, out, err };
}

const internal = /Cannot read prop|Invalid typed array|undefined \(reading|is not a function|EISDIR|ENOENT: no such/;
const data = join(dir, 'data.csv');
writeFileSync(data, generateSyntheticData(3, { weeks: 40, channels: 2, yearly: 0 }).csv);

describe('marginal fit: checks before sampling', () => {
  it('--out naming a directory, a missing directory or a read-only one', async () => {
    const sub = join(dir, 'outdir');
    mkdirSync(sub);
    let r = await run('fit', data, '--out', sub);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot write --out '.*outdir': it is a directory/);
    r = await run('fit', data, '--out', join(dir, 'missing', 'm.json'));
    expect(r.err).toMatch(/cannot write --out '.*': directory '.*missing' does not exist/);
    if (process.getuid?.() !== 0) {
      const ro = join(dir, 'ro');
      mkdirSync(ro);
      chmodSync(ro, 0o500);
      r = await run('fit', data, '--out', join(ro, 'm.json'));
      expect(r.err).toMatch(/is not writable/);
    }
    expect(r.err).not.toMatch(/fitting/);
  });

  it('--lmax at or above the number of periods is a usage error naming --lmax', async () => {
    const r = await run('fit', data, '--out', join(dir, 'm.json'), '--lmax', '40');
    expect(r.code).toBe(2);
    expect(r.err).toContain('flag --lmax: 40 lags needs more than 40 periods');
    expect(r.err).not.toMatch(/fitting/);
  });

  it('--baseline and --knot-every: a bad value, or --knot-every with --baseline linear, is a usage error naming the flag', async () => {
    const out = join(dir, 'm.json');
    for (const [args, msg] of [
      [['--baseline', 'spline'], /flag --baseline/],
      [['--baseline', 'random-walk', '--knot-every', '0'], /flag --knot-every/],
      [['--baseline', 'random-walk', '--knot-every', '2.5'], /flag --knot-every/],
      [['--baseline', 'linear', '--knot-every', '8'], /flag --knot-every: .*--baseline linear/],
    ] as [string[], RegExp][]) {
      const r = await run('fit', data, '--out', out, ...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(msg);
      expect(r.err).not.toMatch(/fitting/);
    }
  });
});

describe('marginal optimize / summary: model.json checked on load', () => {
  it('{"format":"marginal-model"} is refused naming the file and the field, no internal error', async () => {
    const f = join(dir, 'f.json');
    writeFileSync(f, '{"format":"marginal-model"}');
    for (const cmd of ['optimize', 'summary']) {
      const r = await run(cmd, f);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`'${f}' is not a model.json marginal can use: version:`);
      expect(r.err).not.toMatch(internal);
    }
  });

  it('names the field: null spend, scaling.kpi 0, no summary.parameters', async () => {
    const cases: [string, (m: ReturnType<typeof fixtureModel>) => void, string][] = [
      ['optimize', (m) => { (m.data.channels.tv as unknown[])[3] = null; }, 'data.channels.tv[3]'],
      ['optimize', (m) => { m.scaling.kpi = 0; }, 'scaling.kpi'],
      ['summary', (m) => { delete (m.summary as { parameters?: unknown }).parameters; }, 'summary.parameters'],
    ];
    for (const [cmd, change, path] of cases) {
      const m = fixtureModel({ channels: ['search', 'tv', 'social'], draws: 6, periods: 30 });
      change(m);
      const f = join(dir, 'bad.json');
      writeFileSync(f, JSON.stringify(m));
      const r = await run(cmd, f);
      expect(r.code, r.err).toBe(1);
      expect(r.err).toContain(`: ${path}: `);
    }
  });

  it('--out of optimize naming a directory fails before optimizing; --horizon far beyond the data warns', async () => {
    const m = fixtureModel({ channels: [{ name: 'tv', beta: [0.3, 0.4], lam: [1, 2], history: new Array(20).fill(100) }] });
    const f = join(dir, 'syn.json');
    writeFileSync(f, JSON.stringify(m));
    let r = await run('optimize', f, '--out', dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot write --out '.*': it is a directory/);
    r = await run('optimize', f, '--horizon', '1280', '--draws', '2', '--out', join(dir, 'plan.json'));
    expect(r.err).toContain('warning: --horizon 1280 is 64 times the data\'s length (20 periods)');
  });

  it('--roi-target above what any budget returns says the target is never reached', async () => {
    const m = fixtureModel({ channels: [{ name: 'tv', beta: [0.3, 0.4], lam: [1, 2], history: new Array(20).fill(100) }] });
    const f = join(dir, 'syn2.json');
    writeFileSync(f, JSON.stringify(m));
    const r = await run('optimize', f, '--roi-target', '1e9', '--draws', '2', '--out', join(dir, 'plan2.json'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/ROI target 1000000000 is never reached: even the smallest budget/);
  });
});
