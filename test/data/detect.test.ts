import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../src/core/data/detect';
import { generateDemoData } from '../../src/core/data/demo';
import { ingestCsv } from '../../src/core/data/ingest';
import { parseCsv } from '../../src/core/data/parse';
import { HAVE_DATASETS, readDataset } from './datasets';

function detect(text: string) {
  const p = parseCsv(text);
  return detectColumns(p.header, p.rows);
}

describe.skipIf(!HAVE_DATASETS)('detectColumns on the shared datasets', () => {
  it('PyMC-Marketing example: x1, x2 channels; events and t controls; dayofyear ignored', () => {
    const m = detect(readDataset('pymc_mmm_example.csv'));
    expect({ date: m.date, kpi: m.kpi, channels: m.channels, controls: m.controls, ignored: m.ignored }).toEqual({
      date: 'date_week', kpi: 'y', channels: ['x1', 'x2'], controls: ['event_1', 'event_2', 't'], ignored: ['dayofyear'],
    });
    expect(m.reasons.dayofyear).toMatch(/derived from the date/);
    expect(m.reasons.t).toMatch(/linear trend/);
  });

  it('Robyn: *_S spend channels; impressions and clicks ignored; text events ignored; competitor and newsletter controls', () => {
    const m = detect(readDataset('robyn_dt_simulated_weekly.csv'));
    expect(m.date).toBe('DATE');
    expect(m.kpi).toBe('revenue');
    expect(m.channels).toEqual(['tv_S', 'ooh_S', 'print_S', 'search_S', 'facebook_S']);
    expect(m.controls).toEqual(['competitor_sales_B', 'newsletter']);
    expect(m.ignored).toEqual(['events', 'facebook_I', 'search_clicks_P']);
    expect(m.reasons.events).toMatch(/^ignored: text column/);
  });

  it('Meridian national: conversions KPI, Channel*_spend channels, impressions ignored, organic and controls kept', () => {
    const m = detect(readDataset('meridian_national_all_channels.csv'));
    expect(m.date).toBe('time');
    expect(m.kpi).toBe('conversions');
    expect(m.channels).toEqual(['Channel0_spend', 'Channel1_spend', 'Channel2_spend', 'Channel3_spend', 'Channel4_spend']);
    expect(m.controls).toEqual(['Organic_channel0_impression', 'competitor_sales_control', 'sentiment_score_control', 'Promo']);
    expect(m.ignored).toEqual(['revenue_per_conversion', ...[0, 1, 2, 3, 4].map((i) => `Channel${i}_impression`)]);
  });
});

describe('detectColumns rules', () => {
  it('maps the demo CSV', () => {
    const d = generateDemoData(1);
    const m = detect(d.csv);
    expect({ date: m.date, kpi: m.kpi, channels: m.channels, controls: m.controls }).toEqual(d.mapping);
  });

  it('falls back to nonnegative numeric columns as channels when no name reads as spend', () => {
    const m = detect('week,a,b,c,flag\n2023-01-02,10,1,2,0\n2023-01-09,12,3,-1,1\n2023-01-16,11,0,4,0\n');
    expect(m.kpi).toBe('a');
    expect(m.channels).toEqual(['b']);
    expect(m.controls).toEqual(['c', 'flag']);
  });

  it('finds a date column that is not first and reads M/D/YYYY when unambiguous', () => {
    const m = detect('id,when,sales,tv_spend\nx,1/2/2023,5,1\ny,1/16/2023,6,2\n');
    expect(m.date).toBe('when');
    expect(m.ignored).toEqual(['id']);
  });

  it('returns an empty date when no column is dates', () => {
    const m = detect('a,b\n1,2\n3,4\n');
    expect(m.date).toBe('');
    expect(m.notes[0]).toMatch(/^no column reads as dates/);
  });

  it('prefers an exact KPI name over one that contains it, and never picks competitor sales', () => {
    const m = detect('date,competitor_sales,total_sales,sales,tv_spend\n2023-01-02,1,2,3,4\n2023-01-09,2,3,5,1\n');
    expect(m.kpi).toBe('sales');
    expect(m.controls).toEqual(['competitor_sales']);
    expect(m.ignored).toEqual(['total_sales']);
  });

  it('ignores constant columns and a pandas row index', () => {
    const m = detect(',date,y,x1,const\n0,2023-01-02,1,2,7\n1,2023-01-09,2,3,7\n');
    expect(m.ignored).toEqual(['', 'const']);
    expect(m.reasons.const).toBe('ignored: constant (every value is 7)');
  });
});

describe('detectColumns with a bad date cell', () => {
  it('still finds the date column so ingest can name the bad row', () => {
    const rows = Array.from({ length: 10 }, (_, t) => [t === 3 ? 'soon' : `2023-01-${String(2 + t).padStart(2, '0')}`, String(t), String(t + 1)]);
    const m = detectColumns(['d', 'sales', 'tv_spend'], rows);
    expect(m.date).toBe('d');
    expect(m.reasons.d).toBe('date: 9 of 10 values are dates (YYYY-MM-DD)');
  });
});

describe('detectColumns: a mostly numeric column with a few bad cells (NUMERIC_SHARE)', () => {
  // The issue's reproducer: `sed '11s/^\([^,]*,[^,]*,\)[^,]*/\11O5000/' demo.csv` (letter O in row 10's tv_spend).
  const demo = generateDemoData(1);
  const lines = demo.csv.split('\n');
  lines[10] = lines[10].replace(/^([^,]*,[^,]*,)[^,]*/, '$11O5000');
  const text = lines.join('\n');

  it('keeps the channel, says how many values are not numbers, and ingest names the row and column', () => {
    const m = detect(text);
    expect({ date: m.date, kpi: m.kpi, channels: m.channels, controls: m.controls }).toEqual(demo.mapping);
    expect(m.reasons.tv_spend).toBe('channel: the name reads as spend; 1 of 156 values is not a number (listed as problems)');
    const r = ingestCsv(text, m);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([{ message: 'row 10 (line 11), column "tv_spend": "1O5000" is not a number', row: 10, column: 'tv_spend' }]);
  });

  it('a column with 90% numbers is numeric, below that it is text', () => {
    const rows = (bad: number) => Array.from({ length: 20 }, (_, t) => [`2023-01-${String(2 + t).padStart(2, '0')}`, String(10 + (t % 7)), t < bad ? 'x' : String(t + 1)]);
    expect(detectColumns(['d', 'sales', 'tv_spend'], rows(2)).channels).toEqual(['tv_spend']); // 18 of 20
    const text3 = detectColumns(['d', 'sales', 'tv_spend'], rows(3)); // 17 of 20
    expect(text3.channels).toEqual([]);
    expect(text3.reasons.tv_spend).toBe('ignored: text column (values like "x"); encode it as 0/1 columns to use it as a control');
  });

  it('every single-cell injection into a demo spend column leaves the channel mapped and named in the errors', () => {
    const header = lines[0].split(',');
    for (const col of demo.mapping.channels) {
      const c = header.indexOf(col);
      for (const [row, bad] of [[1, '1O5000'], [77, '1.2.3'], [156, '$100']] as const) {
        const edited = lines.map((l, i) => (i === row ? l.split(',').map((v, k) => (k === c ? bad : v)).join(',') : l)).join('\n');
        const m = detect(edited);
        expect(m.channels, `${col} row ${row}`).toEqual(demo.mapping.channels);
        const r = ingestCsv(edited, m);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors.some((e) => e.row === row && e.column === col)).toBe(true);
      }
    }
  });
});
