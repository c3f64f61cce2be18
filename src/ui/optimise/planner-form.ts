// The Optimise page's inputs as the analyst types them (strings allowed), and their translation into optimizer options.
import type { ObjectiveName, OptimizeOptions } from '../../core/optimizer';
import { DEFAULT_OBJECTIVE } from '../../core/optimizer/defaults';

export interface ChannelConstraint {
  /** Spend per period; '' for none. */
  min: string;
  max: string;
  /** Max change vs current in percent (30 = +-30%); '' for none. */
  maxChangePct: string;
  lock: boolean;
}

export interface PlannerForm {
  /** Total over the horizon; '' = the current plan's total. */
  budget: string;
  horizon: string;
  objective: ObjectiveName;
  /** Value of one KPI unit (profit objective and the currency of mROI). */
  valuePerKpi: string;
  /** Phase-in: largest change per phase in percent of current (''= no phased path). */
  phaseStepPct: string;
  /** Trust region: multiple of the largest period spend seen ('' = the default, 'none' = off). */
  extrapolate: string;
  constraints: Record<string, ChannelConstraint>;
}

export const OBJECTIVES: { id: ObjectiveName; label: string; help: string }[] = [
  { id: 'mean', label: 'Expected KPI', help: 'Maximise the posterior mean of the KPI over the horizon.' },
  { id: 'q10', label: 'Cautious (10% quantile)', help: 'Maximise the KPI you reach in 9 posterior draws out of 10.' },
  { id: 'cvar10', label: 'Downside (CVaR 10%)', help: 'Maximise the average of the worst 10% of outcomes.' },
  { id: 'profit', label: 'Expected profit', help: 'Maximise KPI × value per KPI minus spend.' },
];

export function defaultForm(channels: string[], horizon: number): PlannerForm {
  return {
    budget: '', horizon: String(horizon), objective: DEFAULT_OBJECTIVE, valuePerKpi: '1', phaseStepPct: '', extrapolate: '',
    constraints: Object.fromEntries(channels.map((c) => [c, { min: '', max: '', maxChangePct: '', lock: false }])),
  };
}

/** A field error, named so the page can show it next to the input. */
export class FormError extends Error {
  constructor(readonly field: string, message: string) { super(message); }
}

function parseNum(field: string, label: string, s: string, { min = 0, integer = false } = {}): number | undefined {
  const t = s.trim().replace(/[,\s_]/g, '');
  if (t === '') return undefined;
  const v = Number(t);
  if (!Number.isFinite(v)) throw new FormError(field, `${label}: "${s}" is not a number`);
  if (v < min) throw new FormError(field, `${label} must be at least ${min}, got ${v}`);
  if (integer && !Number.isInteger(v)) throw new FormError(field, `${label} must be a whole number, got ${v}`);
  return v;
}

/** Optimizer options from the form; throws FormError naming the field on bad input. */
export function formToOptions(form: PlannerForm, maxDraws: number): OptimizeOptions {
  const horizon = parseNum('horizon', 'Horizon', form.horizon, { min: 1, integer: true });
  const budget = parseNum('budget', 'Budget', form.budget);
  if (budget === 0) throw new FormError('budget', 'Budget must be greater than 0');
  const opts: OptimizeOptions = { horizon, budget, objective: form.objective, maxDraws, keepDraws: true };
  if (form.objective === 'profit') {
    const v = parseNum('valuePerKpi', 'Value per KPI unit', form.valuePerKpi);
    if (!v) throw new FormError('valuePerKpi', 'Value per KPI unit must be greater than 0 for the profit objective');
    opts.valuePerKpi = v;
  }
  const step = parseNum('phaseStep', 'Phase-in step', form.phaseStepPct);
  if (step === 0) throw new FormError('phaseStep', 'Phase-in step must be greater than 0%');
  if (step !== undefined) opts.maxStepChange = step / 100;
  const ex = form.extrapolate.trim();
  if (ex.toLowerCase() === 'none') opts.extrapolate = Infinity;
  else {
    const x = parseNum('extrapolate', 'Trust region', ex, { min: -Infinity });
    if (x !== undefined && x < 1) {
      throw new FormError('extrapolate', `Trust region must be at least 1 (1 = the largest spend per period the model has seen; below 1 would forbid spend it has seen), got ${x}`);
    }
    if (x !== undefined) opts.extrapolate = x;
  }
  const min: Record<string, number> = {}, max: Record<string, number> = {}, change: Record<string, number> = {};
  const lock: string[] = [];
  for (const [ch, c] of Object.entries(form.constraints)) {
    const lo = parseNum(`min:${ch}`, `Min for "${ch}"`, c.min);
    const hi = parseNum(`max:${ch}`, `Max for "${ch}"`, c.max);
    const pct = parseNum(`change:${ch}`, `Max change for "${ch}"`, c.maxChangePct);
    if (lo !== undefined) min[ch] = lo;
    if (hi !== undefined) max[ch] = hi;
    if (pct !== undefined) change[ch] = pct / 100;
    if (c.lock) lock.push(ch);
  }
  if (Object.keys(min).length) opts.min = min;
  if (Object.keys(max).length) opts.max = max;
  if (Object.keys(change).length) opts.maxChange = change;
  if (lock.length) opts.lock = lock;
  return opts;
}
