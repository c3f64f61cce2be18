// The app's single doorway to src/core/data: parsing, column detection, ingest/validation (the demo is in ./demo-spec).
export { parseCsv, type ParsedCsv } from '../../core/data';
export { ingestCsv, ingestParsed } from '../../core/data';
export { detectColumns } from '../../core/data';
