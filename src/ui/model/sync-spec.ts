// Keeps the model spec in step with the dataset's mapping, carrying over every choice that still applies.
import type { ColumnMapping, Frequency } from '../../core/data';
import { defaultSpec } from '../../core/model';
import type { ModelSpec } from '../../core/model';

/** Whether the spec was built for exactly this mapping (same date, KPI, channels and controls, same order). */
export function specMatches(spec: ModelSpec, m: ColumnMapping): boolean {
  return (
    spec.date === m.date &&
    spec.kpi === m.kpi &&
    spec.channels.map((c) => c.name).join('\u0000') === m.channels.join('\u0000') &&
    spec.controls.join('\u0000') === m.controls.join('\u0000')
  );
}

/** A spec for the mapping: defaults, overlaid with the old spec's per-channel settings, seasonality, baseline, priors, lift tests, synergy pairs and holdout where they still apply. */
export function syncSpec(m: ColumnMapping, frequency: Frequency, old: ModelSpec | null): ModelSpec {
  const fresh = defaultSpec(m, frequency);
  if (!old) return fresh;
  const oldChannels = new Map(old.channels.map((c) => [c.name, c]));
  const names = new Set(m.channels);
  return {
    ...fresh,
    channels: fresh.channels.map((c) => ({ ...c, ...oldChannels.get(c.name) })),
    yearly: old.yearly,
    trend: old.trend,
    likelihood: old.likelihood,
    standardizeControls: old.standardizeControls,
    priors: old.priors,
    liftTests: old.liftTests.filter((t) => names.has(t.channel)),
    ...(old.synergy?.length ? { synergy: old.synergy.filter((p) => names.has(p.a) && names.has(p.b)) } : {}),
    ...(old.holdout ? { holdout: old.holdout } : {}),
    ...(old.baseline ? { baseline: old.baseline } : {}),
  };
}
