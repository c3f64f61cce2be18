// The shapes of a dataset after ingest: what validation returns and what the model consumes.

export type Frequency = 'weekly' | 'daily';

/** A validated wide table, one row per period, sorted by date, in original units. */
export interface MmmData {
  /** ISO dates (YYYY-MM-DD), strictly increasing, no gaps. */
  dates: string[];
  frequency: Frequency;
  /** Day of year (1..366) of each date, for yearly seasonality. */
  dayOfYear: number[];
  kpiName: string;
  kpi: number[];
  /** Spend per paid channel, in the order of the column mapping. */
  channels: Record<string, number[]>;
  controls: Record<string, number[]>;
}

/** Which column plays which role. */
export interface ColumnMapping {
  date: string;
  kpi: string;
  channels: string[];
  controls: string[];
}

/** A problem with the input, located as precisely as possible (row is 1-based over data rows, header excluded). */
export interface DataIssue {
  message: string;
  row?: number;
  column?: string;
}

export type IngestResult =
  | { ok: true; data: MmmData; warnings: DataIssue[] }
  | { ok: false; errors: DataIssue[]; warnings: DataIssue[] };

/** What detectColumns proposes: a mapping plus, per header column, why it got its role. */
export interface DetectedMapping extends ColumnMapping {
  /** One short reason per header column (used or not), for the mapping screen. */
  reasons: Record<string, string>;
  /** Header columns given no role. */
  ignored: string[];
  /** Roles nothing was found for (no date, no KPI, no channel), worded for the analyst. */
  notes: string[];
}
