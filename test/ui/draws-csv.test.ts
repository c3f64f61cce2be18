// Draws CSV in posterior's draws_df layout: header, one row per draw, chain/iteration/draw numbering; R reads it when available.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvTextCell as csvField } from '../../src/core/data';
import { drawsCsv } from '../../src/ui/export/draws-csv';
import { fixtureModel } from '../fixtures/model';

const model = fixtureModel({ channels: ['search', 'tv, radio'], chains: 3, draws: 7 });
const csv = drawsCsv(model);
const lines = csv.trimEnd().split('\n');

describe('drawsCsv', () => {
  it('has .chain, .iteration, .draw then one column per parameter', () => {
    const names = Object.keys(model.draws);
    expect(lines[0]).toBe(['.chain', '.iteration', '.draw', ...names.map(csvField)].join(','));
    expect(lines[0]).toContain('saturation_beta[search]');
    expect(lines[0]).toContain('"saturation_beta[tv, radio]"');
  });

  it('has one row per draw, numbered per chain and overall', () => {
    expect(lines.length).toBe(1 + 3 * 7);
    expect(lines[1].split(',').slice(0, 3)).toEqual(['1', '1', '1']);
    expect(lines[8].split(',').slice(0, 3)).toEqual(['2', '1', '8']);
    expect(lines[21].split(',').slice(0, 3)).toEqual(['3', '7', '21']);
  });

  it('writes values exactly (round-trip)', () => {
    const names = Object.keys(model.draws);
    const row = lines[9].split(',');
    expect(Number(row[3 + names.indexOf('intercept')])).toBe(model.draws.intercept[1][1]);
  });

  it('rejects ragged draws with the parameter named', () => {
    const bad = fixtureModel({ draws: 3 });
    bad.draws.intercept[0].pop();
    expect(() => drawsCsv(bad)).toThrow(/"intercept"/);
  });

  const hasR = spawnSync('Rscript', ['-e', 'library(posterior)'], { stdio: 'ignore' }).status === 0;
  it.skipIf(!hasR)('reads in R with posterior::as_draws_df (skipped without Rscript + posterior)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marginal-ui-'));
    const f = join(dir, 'draws.csv');
    writeFileSync(f, csv);
    const out = execFileSync('Rscript', ['-e',
      `suppressMessages(library(posterior)); d <- as_draws_df(read.csv("${f}", check.names = FALSE)); cat(nchains(d), ndraws(d), niterations(d), nvariables(d), "\\n"); cat(variables(d)[1:3], sep = "|")`,
    ], { encoding: 'utf8' });
    const [counts, vars] = out.trim().split('\n');
    expect(counts.trim()).toBe(`3 21 7 ${Object.keys(model.draws).length}`);
    // posterior reads the parameter columns in the CSV's order (the draws' order), names with brackets intact.
    expect(vars).toBe(Object.keys(model.draws).slice(0, 3).join('|'));
  });
});
