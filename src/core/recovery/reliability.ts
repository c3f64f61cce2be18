// Does the stated probability come true? The recovery benchmark's plans binned by their stated P(uplift > 0),
// with how often each bin's plans truly gain under the true curves, and the Brier score of the statements.
import type { DatasetResult } from './score-dataset';

/** Lower edges of the stated-probability bins (the last bin, [0.9, 1], is the one a user acts on). */
export const RELIABILITY_EDGES = [0, 0.5, 0.7, 0.9] as const;

export interface ReliabilityBin {
  lo: number;
  hi: number;
  plans: number;
  /** Plans in the bin that truly gain. */
  gains: number;
  /** Mean stated P(uplift > 0) in the bin (NaN when empty). */
  meanStated: number;
}

export interface Reliability {
  bins: ReliabilityBin[];
  /** Mean of (stated P - 1{truly gains})^2 over the plans: 0 is perfect, 0.25 is always saying 0.5. */
  brier: number;
}

export function reliability(rows: Pick<DatasetResult, 'decision'>[]): Reliability {
  const plans = rows.map((r) => ({ p: r.decision.pUpliftPositive, gains: r.decision.trulyGains })).filter((x) => Number.isFinite(x.p));
  const bins = RELIABILITY_EDGES.map((lo, i) => {
    const hi = RELIABILITY_EDGES[i + 1] ?? 1;
    const inBin = plans.filter((x) => x.p >= lo && (i === RELIABILITY_EDGES.length - 1 ? x.p <= hi : x.p < hi));
    return {
      lo, hi, plans: inBin.length, gains: inBin.filter((x) => x.gains).length,
      meanStated: inBin.length ? inBin.reduce((s, x) => s + x.p, 0) / inBin.length : NaN,
    };
  });
  const brier = plans.length ? plans.reduce((s, x) => s + (x.p - (x.gains ? 1 : 0)) ** 2, 0) / plans.length : NaN;
  return { bins, brier };
}

/** The reliability table as markdown: stated range, plans, mean stated P, share that truly gain. */
export function reliabilityTable(r: Reliability): string {
  const rows = r.bins.map((b) => `| ${b.lo.toFixed(1)}-${b.hi.toFixed(1)} | ${b.plans} | ${Number.isFinite(b.meanStated) ? b.meanStated.toFixed(2) : '-'} | `
    + `${b.plans ? `${b.gains}/${b.plans} (${((100 * b.gains) / b.plans).toFixed(0)}%)` : '-'} |`);
  return ['| stated P(uplift > 0) | plans | mean stated | truly gain |', '| --- | --- | --- | --- |', ...rows, '', `Brier score ${r.brier.toFixed(3)}`].join('\n');
}
