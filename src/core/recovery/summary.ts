// The benchmark's one summary line over all datasets: pooled ROI coverage, medians of the per-dataset figures, and
// the count of plans stated >= 90% likely to gain that truly lose.
import { median } from '../stats';
import type { DatasetResult } from './score-dataset';
import { reliability } from './reliability';

export interface RecoverySummary {
  datasets: number;
  channels: number;
  coverage94: number;
  coverage50: number;
  medianMare: number;
  medianSrmse: number;
  medianGainCaptured: number;
  /** Plans the product states are >= 90% likely to gain that lose under the true curves. */
  confidentLosers: number;
  /** Brier score of the stated P(uplift > 0) against whether each plan truly gains (reliability.ts). */
  brier: number;
  medianDivergences: number;
  maxRhat: number;
  wallSeconds: number;
}

const finite = (v: number[]) => v.filter(Number.isFinite);

export function summarize(rows: DatasetResult[]): RecoverySummary {
  const roi = rows.flatMap((r) => r.roi);
  return {
    datasets: rows.length,
    channels: roi.length,
    coverage94: roi.filter((r) => r.in94).length / roi.length,
    coverage50: roi.filter((r) => r.in50).length / roi.length,
    medianMare: median(rows.map((r) => r.mare)),
    medianSrmse: median(rows.map((r) => r.srmse)),
    medianGainCaptured: median(finite(rows.map((r) => r.decision.gainCaptured))),
    confidentLosers: rows.filter((r) => r.decision.pUpliftPositive >= 0.9 && !r.decision.trulyGains).length,
    brier: reliability(rows).brier,
    medianDivergences: median(rows.map((r) => r.divergences)),
    maxRhat: Math.max(...rows.map((r) => r.maxRhat)),
    wallSeconds: rows.reduce((s, r) => s + r.wallSeconds, 0),
  };
}

const pct = (v: number) => `${(100 * v).toFixed(0)}%`;

export function summaryLine(s: RecoverySummary): string {
  return `recovery: ${s.datasets} datasets, ${s.channels} channels | coverage94 ${pct(s.coverage94)} | coverage50 ${pct(s.coverage50)}`
    + ` | median MARE ${s.medianMare.toFixed(2)} | median SRMSE ${s.medianSrmse.toFixed(2)} | median gain captured ${pct(s.medianGainCaptured)}`
    + ` | confident (P>=0.9) plans that truly lose ${s.confidentLosers} | Brier ${s.brier.toFixed(3)} | median divergences ${s.medianDivergences}`
    + ` | max R-hat ${s.maxRhat.toFixed(3)} | ${s.wallSeconds.toFixed(0)} s`;
}
