// `marginal fit --holdout N`: the last N periods are left out of the fit, model.json records them, and the summary
// prints out-of-sample R^2 / MAPE / NRMSE; a bad or too large --holdout is a usage error naming the flag (exit 2).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticData } from '../../src/core/data/demo';
import type { ModelJson } from '../../src/core/fit/model-json';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'marginal.js');
const dir = mkdtempSync(join(tmpdir(), 'marginal-cli-holdout-'));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout: 600_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ds = generateSyntheticData(3, { weeks: 70, channels: 2, yearly: 1 });
const m = ds.mapping;
const cols = ['--date', m.date, '--kpi', m.kpi, '--channels', m.channels.join(','), '--controls', m.controls.join(',')];
writeFileSync(join(dir, 'data.csv'), ds.csv);

describe('marginal fit --holdout', () => {
  let fit: ReturnType<typeof cli>;
  let model: ModelJson;
  beforeAll(() => {
    fit = cli('fit', 'data.csv', ...cols, '--yearly', '1', '--holdout', '13', '--chains', '2', '--warmup', '150', '--draws', '100',
      '--seed', '7', '--quiet', '--out', 'model.json');
    if (fit.code === 0) model = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
  }, 600_000);

  it('fits on all but the last 13 periods and records the holdout', () => {
    expect(fit.code, fit.stderr).toBe(0);
    expect(model.spec.holdout).toBe(13);
    expect(model.holdout).toEqual({ periods: 13, start: ds.data.dates[70 - 13] });
    expect(model.data.kpi.length).toBe(70);
    expect(model.scaling.kpi).toBe(Math.max(...ds.data.kpi.slice(0, 57).map(Math.abs)));
    expect(fit.stderr).toMatch(/last 13 held out/);
  });

  it('prints the out-of-sample metrics, also from `summary`', () => {
    expect(fit.stdout).toMatch(/out-of-sample \(last 13 periods from \d{4}-\d\d-\d\d, not fitted\): R\^2 -?\d\.\d{3} \[.*\] \| MAPE \d+\.\d% .* \| NRMSE \d\.\d{3}/);
    const r = cli('summary', 'model.json');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/out-of-sample/);
  });
});

describe('marginal fit --holdout usage errors', () => {
  for (const bad of ['-1', '2.5', 'x']) {
    it(`--holdout ${bad} is a usage error naming --holdout`, () => {
      const r = cli('fit', 'data.csv', ...cols, '--holdout', bad, '--out', 'x.json');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--holdout/);
    });
  }

  it('a holdout leaving too few rows to fit is a usage error before sampling', () => {
    const r = cli('fit', 'data.csv', ...cols, '--holdout', '60', '--out', 'x.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--holdout: holding out 60 of 70 periods leaves 10 to fit/);
    expect(r.stderr).not.toMatch(/fitting \d/);
  });
});
