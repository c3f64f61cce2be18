// The worker's reply format (src/ui/data/packed-dataset.ts): a parse preview and a dataset packed in one buffer.
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../src/core/data/demo';
import { ingestCsv } from '../../src/core/data/ingest';
import { parseCsv } from '../../src/core/data/parse';
import { packIngest, PREVIEW_ROWS, previewOf, unpackIngest } from '../../src/ui/data/packed-dataset';

describe('packed ingest results', () => {
  const demo = generateDemoData(1);

  it('round-trips a valid dataset exactly, with one transferable buffer', async () => {
    const r = ingestCsv(demo.csv, demo.mapping);
    const { packed, transfer } = packIngest(r);
    expect(transfer).toHaveLength(1);
    expect(packed.ok && packed.data.values.length).toBe(156 * (2 + 6 + 1));
    let pauses = 0;
    const back = await unpackIngest(structuredClone(packed), async () => { pauses++; });
    expect(back).toEqual(r);
    expect(pauses).toBe(0); // 9 series: fewer than one slice of 16
  });

  it('passes errors through unchanged, and keeps __proto__ as an own channel', async () => {
    const bad = ingestCsv(demo.csv.replace('109910.75', 'x'), demo.mapping);
    expect(packIngest(bad)).toEqual({ packed: bad, transfer: [] });
    const renamed = demo.csv.replace('tv_spend', '__proto__');
    const r = ingestCsv(renamed, { ...demo.mapping, channels: ['__proto__', ...demo.mapping.channels.slice(1)] });
    const back = await unpackIngest(packIngest(r).packed);
    expect(back.ok && Object.keys(back.data.channels)[0]).toBe('__proto__');
    expect(back).toEqual(r);
  });

  it('the preview keeps the header, the first rows and the row count', () => {
    const p = parseCsv(demo.csv);
    const v = previewOf(p);
    expect(v.header).toEqual(p.header);
    expect(v.rows).toEqual(p.rows.slice(0, PREVIEW_ROWS));
    expect(v.rowCount).toBe(156);
  });
});
