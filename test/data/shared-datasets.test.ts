import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../src/core/data/detect';
import { ingestCsv } from '../../src/core/data/ingest';
import { parseCsv } from '../../src/core/data/parse';
import { HAVE_DATASETS, readDataset } from './datasets';

function ingestDetected(name: string) {
  const text = readDataset(name);
  const p = parseCsv(text);
  return ingestCsv(text, detectColumns(p.header, p.rows));
}

describe.skipIf(!HAVE_DATASETS)('ingest of the shared datasets with detected mappings', () => {
  it('PyMC-Marketing example: 179 weekly rows, day of year matches its dayofyear column', () => {
    const r = ingestDetected('pymc_mmm_example.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.data.frequency).toBe('weekly');
    expect(r.data.dates).toHaveLength(179);
    expect(r.data.dates[0]).toBe('2018-04-02');
    expect(r.data.dayOfYear[0]).toBe(92);
    const p = parseCsv(readDataset('pymc_mmm_example.csv'));
    const col = p.header.indexOf('dayofyear');
    expect(r.data.dayOfYear).toEqual(p.rows.map((row) => Number(row[col])));
    expect(r.data.kpi[0]).toBe(3984.662237343649);
  });

  it('Robyn simulated weekly: 208 weekly rows', () => {
    const r = ingestDetected('robyn_dt_simulated_weekly.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.frequency).toBe('weekly');
    expect(r.data.dates).toHaveLength(208);
    expect(Object.keys(r.data.channels)).toHaveLength(5);
  });

  it('Meridian national: 156 weekly rows', () => {
    const r = ingestDetected('meridian_national_all_channels.csv');
    expect(r.ok && r.data.dates.length).toBe(156);
  });

  it('Meridian geo: refused as a per-geo table, with a clear first message', () => {
    const r = ingestDetected('meridian_geo_all_channels.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0].message).toBe('column "time": 6240 rows but only 156 distinct dates: this looks like a long or per-geo table; Marginal needs one row per period (sum over geos first)');
    expect(r.errors).toHaveLength(22); // the hint, 20 duplicates, "and N more"
  });
});
