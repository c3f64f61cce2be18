// Fits a dataset from its CSV alone, as `marginal fit data.csv` does with no flags: parse, detect the columns,
// ingest, the default spec, fitModel on the given host.
import { detectColumns, ingestCsv, parseCsv, type ColumnMapping } from '../data';
import type { Host } from '../engine';
import { fitModel } from '../fit/fit-model';
import type { ModelJson } from '../fit/model-json';
import { defaultSpec, type FitConfig, type ModelSpec } from '../model';

/** `overrides` change the default spec (e.g. `{ trend: false }`), so the benchmark can measure a default before it changes. */
export async function fitFromCsv(
  csv: string, config: FitConfig, host: Host, overrides: Partial<ModelSpec> = {},
): Promise<{ model: ModelJson; mapping: ColumnMapping }> {
  const parsed = parseCsv(csv);
  const guess = detectColumns(parsed.header, parsed.rows);
  const mapping: ColumnMapping = { date: guess.date, kpi: guess.kpi, channels: guess.channels, controls: guess.controls };
  const ingest = ingestCsv(csv, mapping);
  if (!ingest.ok) throw new Error(`ingest failed: ${ingest.errors.map((e) => e.message).join('; ')}`);
  const spec = { ...defaultSpec(mapping, ingest.data.frequency), ...overrides };
  const model = await fitModel(ingest.data, spec, config, { host });
  return { model, mapping };
}
