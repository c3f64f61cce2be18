// The benchmark's table: one row per dataset (markdown, so it pastes into the README as measured).
import type { DatasetResult } from './score-dataset';

const HEADER = ['dataset', 'T', 'ch', 'cov50', 'cov94', 'MARE', 'SRMSE', 'gain captured', 'P(up>0)', 'truly gains', 'div', 'max R-hat', 'wall s'];

export function tableRow(r: DatasetResult): string[] {
  const d = r.decision;
  const n = r.roi.length;
  return [
    r.id, String(r.periods), String(r.channels),
    `${r.roi.filter((x) => x.in50).length}/${n}`, `${r.roi.filter((x) => x.in94).length}/${n}`,
    r.mare.toFixed(2), r.srmse.toFixed(2),
    Number.isFinite(d.gainCaptured) ? `${(100 * d.gainCaptured).toFixed(0)}%` : 'n/a',
    d.pUpliftPositive.toFixed(2), d.trulyGains ? 'yes' : 'NO',
    String(r.divergences), r.maxRhat.toFixed(3), r.wallSeconds.toFixed(0),
  ];
}

export function resultsTable(rows: DatasetResult[]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(HEADER), line(HEADER.map(() => '---')), ...rows.map((r) => line(tableRow(r)))].join('\n');
}

/** Where a dataset misses: channels whose true ROI is outside the 94% interval, with truth and interval. */
export function misses(r: DatasetResult): string {
  const out = r.roi.filter((x) => !x.in94).map((x) => `${x.channel} ${x.truth.toFixed(2)} not in [${x.q03.toFixed(2)}, ${x.q97.toFixed(2)}]`);
  return out.length ? `${r.id}: ${out.join('; ')}` : '';
}
