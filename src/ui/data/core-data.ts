// The app's single doorway to src/core/data: parsing, column detection, ingest/validation and the demo dataset.
export { parseCsv, type ParsedCsv } from '../../core/data/parse';
export { ingestCsv } from '../../core/data/ingest';
export { detectColumns } from '../../core/data/detect';
export { generateDemoData } from '../../core/data/demo';
