// Standing check (issue 10): 2,000 seeded mutations of the demo CSV through parse, detect, validate and ingest.
// The data path never throws: every problem is a DataIssue in the result (src/core/data/types.ts), so any throw fails.
// Each case must finish well inside 200 ms; it fails only past 2 s so a loaded CI machine does not flake.
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../src/core/data/demo';
import { detectColumns } from '../../src/core/data/detect';
import { ingestCsv, ingestTable } from '../../src/core/data/ingest';
import { MAX_MAGNITUDE, MIN_MAGNITUDE } from '../../src/core/data/numbers';
import { parseCsv } from '../../src/core/data/parse';
import { createRng, type Rng } from '../../src/core/stats';
import type { ColumnMapping, DataIssue, IngestResult } from '../../src/core/data/types';

const CASES = 2000;
const CASE_LIMIT_MS = 2000;

// Issues about the file as a whole (no single row or column to point at).
const FILE_LEVEL = [
  /^the file is empty/, /^there are no data rows/, /^\d+ rows is too few/, /^no (date|KPI|channel) columns? (column )?is mapped|^no channel columns are mapped/,
  /^and \d+ more /, /^the frequency of the dates could not be determined/, /^header \(line \d+\): /,
];

const CHARS = ['0', '1', '9', '.', '-', '+', 'e', 'E', 'x', 'O', ',', ';', '\t', '"', "'", '\n', '\r', ' ', '\u0000', '\ufeff', 'é', '€', '😀', '\u2028', '\ud800', '%', '$', '='];
const EXTREME = ['1.797e308', '-1.797e308', '1e309', '1e-400', '5e-324', '1e150', '1e151', '-1e-151', 'Infinity', '-Infinity', 'NaN', '-0', '0x10', '9'.repeat(400), '1,234,567', '1.234,5', '  ', 'n/a'];
const NAMES = ['__proto__', 'constructor', 'toString', '', 'date', 'tv_spend', '=1+1', '<b>x</b>', 'a'.repeat(5000)];

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[rng.int(0, xs.length - 1)];
}

function table(text: string): string[][] {
  return text.split('\n').map((l) => l.split(','));
}
const untable = (t: string[][]) => t.map((r) => r.join(',')).join('\n');

type Mutation = (text: string, rng: Rng) => string;
const MUTATIONS: Record<string, Mutation> = {
  byteFlip: (s, rng) => { let out = s; for (let k = rng.int(1, 8); k > 0; k--) { const i = rng.int(0, out.length - 1); out = out.slice(0, i) + pick(rng, CHARS) + out.slice(i + 1); } return out; },
  truncate: (s, rng) => s.slice(0, rng.int(0, s.length)),
  deleteRow: (s, rng) => { const t = table(s); t.splice(rng.int(0, t.length - 1), rng.int(1, 3)); return untable(t); },
  deleteColumn: (s, rng) => { const t = table(s); const c = rng.int(0, t[0].length - 1); return untable(t.map((r) => r.filter((_, k) => k !== c))); },
  swapRows: (s, rng) => { const t = table(s); const [a, b] = [rng.int(0, t.length - 1), rng.int(0, t.length - 1)]; [t[a], t[b]] = [t[b], t[a]]; return untable(t); },
  swapColumns: (s, rng) => { const t = table(s); const [a, b] = [rng.int(0, t[0].length - 1), rng.int(0, t[0].length - 1)]; return untable(t.map((r) => { const x = [...r]; [x[a], x[b]] = [x[b], x[a]]; return x; })); },
  quote: (s, rng) => { const i = rng.int(0, s.length); return `${s.slice(0, i)}"${s.slice(i)}`; },
  delimiter: (s, rng) => s.replace(/,/g, pick(rng, [';', '\t', '|', ' '])),
  unicode: (s, rng) => { const i = rng.int(0, s.length); return s.slice(0, i) + pick(rng, ['é', '😀', '\u202e', '\u0000', '\ufeff', 'ß'.repeat(50), '\ud83d']) + s.slice(i); },
  extremeNumber: (s, rng) => { const t = table(s); const r = rng.int(1, t.length - 2); if (t[r]) t[r][rng.int(1, t[r].length - 1)] = pick(rng, EXTREME); return untable(t); },
  longField: (s, rng) => { const t = table(s); const r = rng.int(0, t.length - 2); const len = rng.int(1000, 100_000); if (t[r]) t[r][rng.int(0, t[r].length - 1)] = pick(rng, ['1', 'x', '"', ',']).repeat(len); return untable(t); },
  headerName: (s, rng) => { const t = table(s); t[0][rng.int(0, t[0].length - 1)] = pick(rng, NAMES); return untable(t); },
  manyColumns: (s, rng) => { const t = table(s); const n = rng.int(10, 300); return untable(t.map((r, i) => [...r, ...Array<string>(n).fill(i === 0 ? '' : String(i))])); },
  crlfAndBlank: (s) => s.replace(/\n/g, (m, i: number) => (i % 3 === 0 ? '\r\n\r\n' : '\r\n')),
};
const KINDS = Object.keys(MUTATIONS);

function checkIssues(where: string, issues: DataIssue[]): void {
  for (const e of issues) {
    const located = e.row !== undefined || e.column !== undefined || FILE_LEVEL.some((re) => re.test(e.message));
    expect(located, `${where}: issue names no row, column or the file: ${e.message.slice(0, 200)}`).toBe(true);
    expect(e.message.length, `${where}: message too long`).toBeLessThan(5000);
  }
}

function checkResult(where: string, r: IngestResult): void {
  if (!r.ok) {
    expect(r.errors.length, where).toBeGreaterThan(0);
    checkIssues(where, r.errors);
    return;
  }
  checkIssues(where, r.warnings);
  const n = r.data.dates.length;
  const series = [r.data.kpi, r.data.dayOfYear, ...Object.values(r.data.channels), ...Object.values(r.data.controls)];
  for (const xs of series) {
    expect(xs.length, where).toBe(n);
    for (const v of xs) {
      const ok = Number.isFinite(v) && Math.abs(v) <= MAX_MAGNITUDE && (v === 0 || Math.abs(v) >= MIN_MAGNITUDE);
      if (!ok) expect.fail(`${where}: accepted value ${v}`);
    }
  }
}

describe('fuzzed CSVs through parse, detect, validate and ingest', () => {
  it(`${CASES} seeded mutations of the demo CSV: no throw, no hang, no non-finite value accepted, every rejection located`, () => {
    const demo = generateDemoData(1);
    const rng = createRng(20261202);
    let maxMs = 0;
    let slowest = '';
    const seen: Record<string, number> = Object.fromEntries(KINDS.map((k) => [k, 0]));
    let accepted = 0;
    for (let c = 0; c < CASES; c++) {
      const kinds = Array.from({ length: rng.int(1, 3) }, () => pick(rng, KINDS));
      let text = demo.csv;
      for (const k of kinds) { text = MUTATIONS[k](text, rng); seen[k]++; }
      const where = `case ${c} (${kinds.join('+')})`;
      const t0 = performance.now();
      let detected: ColumnMapping;
      try {
        const parsed = parseCsv(text);
        checkIssues(`${where} parse`, parsed.issues);
        detected = detectColumns(parsed.header, parsed.rows);
        // The detected mapping through the CSV entry point, and the demo's own mapping on the parsed table.
        for (const r of [ingestCsv(text, detected), ingestTable(parsed.header, parsed.rows, demo.mapping, { lines: parsed.lines })]) {
          checkResult(where, r);
          if (r.ok) accepted++;
        }
      } catch (e) {
        if ((e as { name?: string }).name === 'AssertionError') throw e;
        throw new Error(`${where} threw: ${(e as Error).stack ?? String(e)}`);
      }
      const ms = performance.now() - t0;
      if (ms > maxMs) { maxMs = ms; slowest = where; }
      expect(ms, `${where} took ${ms.toFixed(0)} ms`).toBeLessThan(CASE_LIMIT_MS);
    }
    console.log(`fuzz-csv: ${CASES} cases, ${accepted} of ${2 * CASES} ingests accepted, slowest ${maxMs.toFixed(1)} ms (${slowest})`);
    for (const k of KINDS) expect(seen[k], k).toBeGreaterThan(50);
    expect(accepted).toBeGreaterThan(100); // the mutations leave many files valid, so the accepted path is exercised too
  }, 60_000);
});
