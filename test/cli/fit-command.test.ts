// The CLI end to end (bin/marginal.js, as users run it): fit writes a contract model.json and a summary table,
// summary reprints it, bad flags name the flag (exit 2), malformed data lists row/column errors (exit 1).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticData } from '../../src/core/data/demo';
import { STAT_NAMES } from '../../src/core/engine/types';
import type { ModelJson } from '../../src/core/fit/model-json';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'marginal.js');
const dir = mkdtempSync(join(tmpdir(), 'marginal-cli-'));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout: 600_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('marginal fit / summary', () => {
  let fit: ReturnType<typeof cli>;
  let model: ModelJson;
  beforeAll(() => {
    const ds = generateSyntheticData(3, { weeks: 60, channels: 2, yearly: 1 });
    writeFileSync(join(dir, 'data.csv'), ds.csv);
    const m = ds.mapping;
    fit = cli('fit', 'data.csv', '--date', m.date, '--kpi', m.kpi, '--channels', m.channels.join(','), '--controls', m.controls.join(','),
      '--yearly', '1', '--trend', '--chains', '2', '--warmup', '150', '--draws', '100', '--seed', '7', '--out', 'model.json');
    if (fit.code === 0) model = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
  }, 600_000);

  it('exits 0 and writes model.json with the contract fields', () => {
    expect(fit.code, fit.stderr).toBe(0);
    expect(model.format).toBe('marginal-model');
    for (const k of ['spec', 'scaling', 'draws', 'sampler', 'diagnostics', 'summary', 'data', 'fit'] as const) expect(model[k]).toBeDefined();
    expect(model.fit).toMatchObject({ chains: 2, warmup: 150, draws: 100, seed: 7 });
    expect(model.spec.yearly).toBe(1);
    expect(model.spec.trend).toBe(true);
    for (const chains of Object.values(model.draws)) {
      expect(chains.length).toBe(2);
      expect(chains[0].length).toBe(100);
    }
    for (const s of STAT_NAMES) expect(model.sampler[s][1].length).toBe(100);
    for (const k of ['max_rhat', 'min_ess_bulk', 'min_ess_tail', 'divergences', 'seconds', 'gradients'] as const) {
      expect(typeof model.diagnostics[k]).toBe('number');
    }
    expect(Object.keys(model.summary.parameters)).toEqual(Object.keys(model.draws));
    for (const p of Object.values(model.summary.parameters)) {
      for (const k of ['mean', 'sd', 'q03', 'q97', 'rhat', 'ess_bulk', 'ess_tail'] as const) expect(typeof p[k]).toBe('number');
    }
    for (const ch of model.spec.channels) {
      const c = model.summary.channels[ch.name];
      for (const k of ['roi', 'mroi', 'contribution_total'] as const) expect(Object.keys(c[k])).toEqual(['mean', 'q03', 'q97']);
      expect(c.spend_total).toBeGreaterThan(0);
    }
  });

  it('prints progress per chain and the summary table', () => {
    expect(fit.stderr).toMatch(/chain 1 \[#+\] 100% done/);
    expect(fit.stderr).toMatch(/chain 2 \[#+\] 100% done/);
    for (const h of ['parameter', 'mean', 'sd', '3%', '97%', 'R-hat', 'ESS bulk', 'ESS tail', 'ROI', 'mROI']) expect(fit.stdout).toContain(h);
    expect(fit.stdout).toMatch(/^saturation_beta\[tv_spend\]\s/m);
    expect(fit.stdout).toMatch(/^tv_spend\s/m);
    // The model criticism and its verdict (core/criticism).
    expect(fit.stdout).toMatch(/^Model criticism \(PSIS-LOO over 60 fitted periods and 200 draws/m);
    expect(fit.stdout).toMatch(/^Pareto k: \d+ good/m);
    expect(fit.stdout).toMatch(/^verdict: (ready to plan\.|plan with care:|do not plan on this model:)$/m);
    // What the time went to (core/fit/fit-timing), after the tables and warnings.
    expect(fit.stdout).toMatch(/^timing: [\d,]+ gradients per second \(per chain [\d,]+ to [\d,]+\) \| [\d,]+ leapfrogs per draw \(about [\d,]+ in warmup\) \| slowest chain [12]: /m);
  });

  it('summary reprints the same table', () => {
    const s = cli('summary', 'model.json');
    expect(s.code).toBe(0);
    // Everything but the timing is identical (the table is a pure function of model.json).
    expect(s.stdout).toBe(fit.stdout);
  });

  it('summary of a missing or foreign file is a clear error', () => {
    const a = cli('summary', 'nope.json');
    expect(a.code).toBe(1);
    expect(a.stderr).toContain("cannot read model file 'nope.json'");
    writeFileSync(join(dir, 'other.json'), '{"a": 1}');
    const b = cli('summary', 'other.json');
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('is not a model.json');
  });
});

describe('marginal usage errors', () => {
  beforeAll(() => writeFileSync(join(dir, 'x.csv'), 'date,y,a\n2024-01-01,1,1\n'));

  it.each([
    [['fit', 'x.csv', '--out', 'm.json', '--chainz', '4'], 'unknown flag --chainz'],
    [['fit', 'x.csv', '--out'], 'flag --out needs a value'],
    [['fit', 'x.csv', '--out', 'm.json', '--chains', 'many'], "flag --chains: expected an integer >= 1 and <= 64, got 'many'"],
    [['fit', 'x.csv', '--out', 'm.json', '--saturation', 'tanh'], "flag --saturation: expected one of logistic, hill, michaelis-menten, got 'tanh'"],
    [['fit', 'x.csv', '--out', 'm.json', '--target-accept', '1.5'], 'flag --target-accept'],
    [['fit', 'x.csv', '--out', 'm.json', '--adaptation', 'pymc'], "flag --adaptation: expected one of stan, nutpie, got 'pymc'"],
    [['fit', 'x.csv'], 'missing required flag --out'],
    [['fit', '--out', 'm.json'], 'missing the data file'],
    [['frobnicate'], "unknown command 'frobnicate'"],
  ])('%j -> exit 2 naming the problem', (args, message) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    noStack(r.stderr);
  });
});

describe('marginal fit on bad data', () => {
  it('lists every problem with its row and column and exits 1 without a stack trace', () => {
    const csv = [
      'week,sales,tv,search,price',
      '2024-01-01,100,10,5,1',
      '2024-01-08,110,abc,5,1',
      '2024-01-15,120,12,,1',
      '2024-01-22,130,11,5,2',
      ...Array.from({ length: 30 }, (_, i) => `${new Date(Date.UTC(2024, 0, 29 + 7 * i)).toISOString().slice(0, 10)},${140 + i},${10 + (i % 3)},${5 + (i % 2)},${i % 4}`),
    ].join('\n');
    writeFileSync(join(dir, 'bad.csv'), csv);
    const r = cli('fit', 'bad.csv', '--date', 'week', '--kpi', 'sales', '--channels', 'tv,search', '--controls', 'price', '--out', 'bad.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/row 2.*tv|tv.*row 2/);
    expect(r.stderr).toMatch(/row 3.*search|search.*row 3/);
    expect(r.stderr).toContain('2 problem(s) in bad.csv; nothing was fitted');
    expect(existsSync(join(dir, 'bad.json'))).toBe(false);
    noStack(r.stderr);
  });

  it('an unwritable --out fails before fitting', () => {
    const r = cli('fit', 'bad.csv', '--out', 'no/such/dir/m.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write --out 'no\/such\/dir\/m.json': directory .* does not exist/);
  });

  it('a missing data file is a clear error', () => {
    const r = cli('fit', 'missing.csv', '--out', 'm.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("cannot read data file 'missing.csv': ENOENT");
  });

  it('a bad lift-test file names row and column', () => {
    const ds = generateSyntheticData(4, { weeks: 40, channels: 1, yearly: 0, control: false });
    writeFileSync(join(dir, 'small.csv'), ds.csv);
    writeFileSync(join(dir, 'lift.csv'), 'channel,x,delta_x,delta_y,sigma\ntv_spend,100,10,5,oops\n');
    const m = ds.mapping;
    // --controls '' means no controls (the generated file has none anyway).
    const r2 = cli('fit', 'small.csv', '--date', m.date, '--kpi', m.kpi, '--channels', m.channels.join(','), '--controls', '', '--lift-tests', 'lift.csv', '--out', 'm.json');
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain('lift tests row 1 (line 2), column sigma');
  });
});

describe('marginal fit with priors and lift tests', () => {
  it('a priors file with an unknown key is an error naming the key', () => {
    writeFileSync(join(dir, 'p.csv'), generateSyntheticData(5, { weeks: 40, channels: 1, yearly: 0 }).csv);
    writeFileSync(join(dir, 'bad-priors.json'), '{"saturation_bta": {"dist": "HalfNormal", "sigma": 1}}');
    const r = cli('fit', 'p.csv', '--priors', 'bad-priors.json', '--out', 'm.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("priors file 'bad-priors.json': priors.saturation_bta: unknown parameter");
    noStack(r.stderr);
  });

  it('an ROI prior and lift tests reach the model (roi sampled, saturation_beta derived, lift rows in the spec)', () => {
    const ds = generateSyntheticData(6, { weeks: 40, channels: 1, yearly: 0 });
    writeFileSync(join(dir, 'q.csv'), ds.csv);
    writeFileSync(join(dir, 'roi.json'), '{"roi": {"dist": "LogNormal", "mu": 0.2, "sigma": 0.9}}');
    writeFileSync(join(dir, 'lift2.csv'), 'channel,x,delta_x,delta_y,sigma\ntv_spend,20000,4000,9000,3000\n');
    const r = cli('fit', 'q.csv', '--priors', 'roi.json', '--lift-tests', 'lift2.csv', '--chains', '1', '--warmup', '60', '--draws', '30', '--quiet', '--out', 'roi-model.json');
    expect(r.code, r.stderr).toBe(0);
    const m: ModelJson = JSON.parse(readFileSync(join(dir, 'roi-model.json'), 'utf8'));
    expect(Object.keys(m.draws)).toContain('roi[tv_spend]');
    expect(Object.keys(m.draws)).toContain('saturation_beta[tv_spend]');
    expect(m.spec.liftTests).toEqual([{ channel: 'tv_spend', x: 20000, deltaX: 4000, deltaY: 9000, sigma: 3000 }]);
    expect(m.spec.priors.roi).toMatchObject({ dist: 'LogNormal' });
  });
});

describe('marginal demo and column detection', () => {
  it('demo writes the demo CSV, and fit detects its columns when none are given (and says so)', () => {
    const d = cli('demo', '--out', 'demo.csv');
    expect(d.code).toBe(0);
    const header = readFileSync(join(dir, 'demo.csv'), 'utf8').split('\n')[0];
    expect(header).toMatch(/revenue/);
    const r = cli('fit', 'demo.csv', '--chains', '1', '--warmup', '20', '--draws', '10', '--quiet', '--out', 'demo.json');
    expect(r.stderr).toContain('using detected date column: --date');
    expect(r.stderr).toContain('using detected channel columns: --channels');
    expect(r.code, r.stderr).toBe(0);
  });
});
