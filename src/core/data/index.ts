// Public surface of the data layer: parse, detect, ingest, and the demo generator.
export type { ColumnMapping, DataIssue, DetectedMapping, Frequency, IngestResult, MmmData } from './types';
export { parseCsv, type ParsedCsv } from './parse';
export { detectColumns } from './detect';
export { ingestCsv, ingestParsed, ingestTable, type IngestOptions } from './ingest';
export { roughParameterCount } from './validate';
export { csvTextCell } from './csv-cell';
export { generateDemoData, generateSyntheticData, type Dataset, type DemoTruth, type SyntheticOptions } from './demo';
export { ownValue, putOwn } from './records';
