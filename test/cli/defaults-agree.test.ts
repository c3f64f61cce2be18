// `npx marginal fit data.csv` and the app start from the same defaults: on the same CSV, the CLI's spec builder
// and the app's default spec (Data step: detect, header order, syncSpec) are equal, and for the same diagnostics
// the CLI prints exactly the Fit page's findings that call for attention.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveMapping, specFromFlags } from '../../src/cli/fit';
import { UsageError } from '../../src/cli/args';
import { warnings } from '../../src/cli/table';
import { detectColumns } from '../../src/core/data/detect';
import { ingestCsv } from '../../src/core/data/ingest';
import { parseCsv } from '../../src/core/data/parse';
import type { Diagnostics, ModelJson, ParameterSummary } from '../../src/core/fit/model-json';
import { runFindings } from '../../src/core/diagnostics/verdicts';
import { DEFAULT_FIT_CONFIG } from '../../src/core/engine/defaults';
import type { ModelSpec } from '../../src/core/model/spec';
import { defaultSpec } from '../../src/core/model/defaults';
import { inHeaderOrder } from '../../src/ui/data/mapping';
import { loadDemoDataset } from '../../src/ui/data/demo-spec';
import { syncSpec } from '../../src/ui/model/sync-spec';

/** What `marginal fit data.csv` (no model flags) fits. */
function cliSpec(csv: string, flags: Record<string, unknown> = {}): ModelSpec {
  const mapping = resolveMapping(flags, csv, () => {});
  const ingest = ingestCsv(csv, mapping);
  if (!ingest.ok) throw new Error(`CLI ingest failed: ${ingest.errors.map((e) => e.message).join('; ')}`);
  return specFromFlags(mapping, ingest.data.frequency, flags);
}

/** The app's default for a CSV: the Data step's detected mapping in header order, then the Model step's spec. */
function appSpec(csv: string): ModelSpec {
  const parsed = parseCsv(csv);
  const d = detectColumns(parsed.header, parsed.rows);
  const mapping = inHeaderOrder({ date: d.date, kpi: d.kpi, channels: d.channels, controls: d.controls }, parsed.header);
  const ingest = ingestCsv(csv, mapping);
  if (!ingest.ok) throw new Error(`app ingest failed: ${ingest.errors.map((e) => e.message).join('; ')}`);
  return syncSpec(mapping, ingest.data.frequency, null);
}

const DATASETS = resolve(__dirname, '../../../shared/datasets');
const SHARED = ['pymc_mmm_example.csv', 'robyn_dt_simulated_weekly.csv'];

describe('the default spec: CLI and app agree', () => {
  const demo = loadDemoDataset();

  it('on the demo CSV, and the app loads the demo with that same spec', () => {
    const cli = cliSpec(demo.csv);
    expect(cli).toEqual(appSpec(demo.csv));
    expect(cli).toEqual(syncSpec(demo.mapping, demo.data.frequency, null));
    expect(cli.trend).toBe(true);
  });

  it('the demo was generated under the default model, so a default fit can recover its truth', () => {
    const spec = cliSpec(demo.csv);
    const m = demo.truth.model;
    expect({ trend: spec.trend, yearly: spec.yearly, standardizeControls: spec.standardizeControls }).toEqual({ trend: m.trend, yearly: m.yearly, standardizeControls: m.standardizeControls });
    for (const c of spec.channels) expect({ adstock: c.adstock, lmax: c.lmax, saturation: c.saturation }).toEqual({ adstock: m.adstock, lmax: m.lmax, saturation: m.saturation });
  });

  for (const file of SHARED) {
    const path = resolve(DATASETS, file);
    it.skipIf(!existsSync(path))(`on ${file} (skipped when ../shared/datasets is absent)`, () => {
      const csv = readFileSync(path, 'utf8');
      const cli = cliSpec(csv);
      expect(cli).toEqual(appSpec(csv));
      expect(cli.channels.length).toBeGreaterThan(0);
      expect(cli.trend).toBe(true);
    });
  }
  if (!existsSync(DATASETS)) it.skip(`shared datasets not found at ${DATASETS}: only the demo CSV is compared`, () => {});

  it('--no-trend turns the trend off, --trend is still accepted, both at once is a usage error', () => {
    expect(cliSpec(demo.csv, { 'no-trend': true }).trend).toBe(false);
    expect(cliSpec(demo.csv, { trend: true })).toEqual(cliSpec(demo.csv));
    expect(() => cliSpec(demo.csv, { trend: true, 'no-trend': true })).toThrow(UsageError);
  });

  it('the random-walk baseline is the default with the frequency\'s knot spacing, --knot-every another, --baseline linear none; the app keeps it', () => {
    expect(cliSpec(demo.csv).baseline).toEqual({ kind: 'random-walk', knotEvery: 13 });
    expect(cliSpec(demo.csv).baseline).toEqual(defaultSpec(demo.mapping, demo.data.frequency).baseline);
    expect(cliSpec(demo.csv, { baseline: 'random-walk' }).baseline).toEqual({ kind: 'random-walk', knotEvery: 13 });
    const rw = cliSpec(demo.csv, { baseline: 'random-walk', 'knot-every': 8 });
    expect(rw.baseline).toEqual({ kind: 'random-walk', knotEvery: 8 });
    expect(cliSpec(demo.csv, { baseline: 'linear' }).baseline).toEqual({ kind: 'linear' });
    expect(cliSpec(demo.csv, { 'knot-every': 8 }).baseline).toEqual({ kind: 'random-walk', knotEvery: 8 });
    expect(() => cliSpec(demo.csv, { baseline: 'linear', 'knot-every': 8 })).toThrow(UsageError);
    expect(syncSpec(demo.mapping, demo.data.frequency, rw).baseline).toEqual({ kind: 'random-walk', knotEvery: 8 });
  });
});

describe('convergence warnings: CLI and app agree', () => {
  const p = (rhat: number, ess_bulk: number, ess_tail = ess_bulk): ParameterSummary => ({ mean: 0, sd: 1, q03: -2, q97: 2, rhat, ess_bulk, ess_tail });
  const clean: Diagnostics = { max_rhat: 1.002, min_ess_bulk: 900, min_ess_tail: 850, divergences: 0, treedepth_saturated: 0, ebfmi: [0.9, 1.1, 0.8, 1], seconds: 12, gradients: 1e5 };
  const model = (diagnostics: Diagnostics, parameters: Record<string, ParameterSummary>, fit = DEFAULT_FIT_CONFIG, cancelled?: boolean) =>
    ({ diagnostics, summary: { parameters, channels: {} }, fit, cancelled }) as unknown as ModelJson;
  /** What the Fit page shows (FitPage.svelte calls runFindings with these arguments). */
  const app = (m: ModelJson) => runFindings(m.diagnostics, m.summary.parameters, m.fit, m.cancelled);

  const cases: [string, ModelJson][] = [
    ['clean', model(clean, { a: p(1.002, 900), b: p(1.0, 1200) })],
    ['R-hat, low ESS, divergences, tree depth, E-BFMI', model(
      { ...clean, max_rhat: 1.04, min_ess_bulk: 120, min_ess_tail: 90, divergences: 3, treedepth_saturated: 7, ebfmi: [0.9, 0.2, 0.8, 1] },
      { a: p(1.04, 120, 90), b: p(1.0, 5000) })],
    ['cancelled, R-hat undefined', model({ ...clean, max_rhat: NaN }, { a: p(NaN, 900) }, DEFAULT_FIT_CONFIG, true)],
    ['2 chains: ESS 250 is enough (100 per chain)', model({ ...clean, min_ess_bulk: 250, min_ess_tail: 250, ebfmi: [1, 1] }, { a: p(1.0, 250) }, { ...DEFAULT_FIT_CONFIG, chains: 2 })],
  ];
  for (const [name, m] of cases) {
    it(`${name}: the CLI prints the Fit page's findings that are not all-clear`, () => {
      const shown = app(m);
      expect(warnings(m)).toEqual(shown.filter((f) => f.level !== 'ok').map((f) => `warning: ${f.text}`));
    });
  }

  it('the thresholds are Stan/posterior conventions (R-hat 1.01, ESS 100 per chain, any divergence, E-BFMI 0.3)', () => {
    expect(warnings(cases[0][1])).toEqual([]);
    const w = warnings(cases[1][1]).join('\n');
    expect(w).toMatch(/R-hat 1\.040 > 1\.01 \(a\)/);
    expect(w).toMatch(/bulk ESS is 120 \(< 400\)/);
    expect(w).toMatch(/tail ESS is 90 \(< 400\)/);
    expect(w).toMatch(/3 divergent transitions/);
    expect(w).toMatch(/7 iterations hit the maximum tree depth \(10\)/);
    expect(w).toMatch(/E-BFMI 0\.20 < 0\.3 on chain 2/);
    expect(warnings(cases[2][1]).join('\n')).toMatch(/cancelled[\s\S]*R-hat undefined/);
    expect(warnings(cases[3][1])).toEqual([]);
  });
});
