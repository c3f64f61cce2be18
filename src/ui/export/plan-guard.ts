// The shell stores the plan opaquely (IndexedDB); check its shape before the report and charts rely on it.
import type { Plan } from '../../core/optimizer';

export function asPlan(p: unknown): Plan | null {
  if (!p || typeof p !== 'object') return null;
  const q = p as Partial<Plan>;
  const ok = Array.isArray(q.channels) && q.allocation && q.current && q.uplift && q.kpi_current && q.kpi_recommended
    && typeof q.p_uplift_positive === 'number' && typeof q.horizon === 'number';
  return ok ? (p as Plan) : null;
}
