// CSV text -> header and string rows (papaparse), remembering each row's line in the file.
import Papa from 'papaparse';
import type { DataIssue } from './types';

export interface ParsedCsv {
  /** Column names, trimmed. */
  header: string[];
  /** Data rows as cell texts (not trimmed), header excluded, blank lines dropped. */
  rows: string[][];
  /** 1-based line in the file where each data row starts (differs from row + 1 after blank lines or quoted line breaks). */
  lines: number[];
  delimiter: string;
  /** Structural problems (unterminated quotes); data problems are found later by validation. */
  issues: DataIssue[];
}

function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Parses CSV text; pure (no I/O), so it also runs in a worker. Delimiter: ',', ';' or tab, auto-detected. */
export function parseCsv(input: string): ParsedCsv {
  // One line-break style, so mixed CRLF/LF files split everywhere and line counting is simple.
  const text = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).replace(/\r\n?/g, '\n');
  const all: string[][] = [];
  const lines: number[] = [];
  const issues: DataIssue[] = [];
  let prevCursor = 0;
  let line = 1;
  let delimiter = ',';
  Papa.parse<string[]>(text, {
    // Blank rows are dropped below rather than by papaparse, so every step starts where the last ended.
    newline: '\n',
    delimitersToGuess: [',', ';', '\t'],
    step: (res) => {
      const startLine = line;
      line += countLineBreaks(text, prevCursor, res.meta.cursor);
      prevCursor = res.meta.cursor;
      delimiter = res.meta.delimiter;
      if (res.data.every((cell) => cell.trim() === '')) return;
      lines.push(startLine);
      all.push(res.data);
      for (const e of res.errors) {
        if (e.code === 'UndetectableDelimiter') continue;
        const dataRow = all.length - 1;
        issues.push({
          message: dataRow === 0
            ? `header (line ${lines[0]}): ${e.message}`
            : `row ${dataRow} (line ${lines[dataRow]}): ${e.message}`,
          row: dataRow === 0 ? undefined : dataRow,
        });
      }
    },
  });
  if (all.length === 0) {
    return { header: [], rows: [], lines: [], delimiter, issues: [{ message: 'the file is empty: expected a header line and one row per period' }] };
  }
  return {
    header: all[0].map((h) => h.trim()),
    rows: all.slice(1),
    lines: lines.slice(1),
    delimiter,
    issues,
  };
}
