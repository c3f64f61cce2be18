import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../src/core/data/detect';
import { generateDemoData } from '../../src/core/data/demo';
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
