// The plan as CSV for the app's export: one row per channel, then the KPI and uplift summary.
import { csvTextCell } from '../data/csv-cell';
import type { Plan } from './types';

const num = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(8)).toString() : '');

export function planToCsv(plan: Plan): string {
  const H = plan.horizon;
  const rows = [['channel', 'current_per_period', 'recommended_per_period', 'change_pct', 'recommended_total',
    'min_per_period', 'max_per_period', 'mroi_mean', 'mroi_q03', 'mroi_q97',
    ...Array.from({ length: H }, (_, t) => `period_${t + 1}`)].join(',')];
  for (const c of plan.channels) {
    const cur = plan.current[c], rec = plan.allocation[c], b = plan.bounds[c], m = plan.mroi[c];
    rows.push([csvTextCell(c), num(cur), num(rec), cur > 0 ? num(((rec - cur) / cur) * 100) : '', num(rec * H),
      num(b.min), num(b.max), num(m.mean), num(m.q03), num(m.q97), ...plan.allocation_by_period[c].map(num)].join(','));
  }
  rows.push('');
  rows.push('quantity,mean,q03,q97');
  rows.push(['kpi_current', num(plan.kpi_current.mean), num(plan.kpi_current.q03), num(plan.kpi_current.q97)].join(','));
  rows.push(['kpi_recommended', num(plan.kpi_recommended.mean), num(plan.kpi_recommended.q03), num(plan.kpi_recommended.q97)].join(','));
  rows.push(['uplift', num(plan.uplift.mean), num(plan.uplift.q03), num(plan.uplift.q97)].join(','));
  rows.push(['p_uplift_positive', num(plan.p_uplift_positive), '', ''].join(','));
  return rows.join('\n') + '\n';
}
