// Synergy pairs on the app's side: the Results decomposition (stacked layers, waterfall) shows each pair as its own
// series, whose means with the baseline and channels add up to the fitted mean; syncSpec keeps pairs that still apply.
import { describe, expect, it } from 'vitest';
import { loadResultsData } from '../../src/ui/results/posterior-source';
import { precompute } from '../../src/ui/results/precompute';
import { layersShape, waterfallShape } from '../../src/ui/results/shape';
import { syncSpec } from '../../src/ui/model/sync-spec';
import { defaultSpec } from '../../src/core/model/defaults';
import { fixtureModel } from '../fixtures/model';

describe('synergy in the Results decomposition', () => {
  const model = fixtureModel({ channels: ['tv', 'search', 'radio'], synergy: [{ a: 'tv', b: 'search' }] });
  const view = precompute(loadResultsData(model, 12));

  it('is a layer and a waterfall step of its own; the layers add up to the fitted mean', () => {
    const layers = layersShape(view, 0.94);
    expect(layers.map((l) => l.name)).toEqual(['Baseline', 'tv', 'search', 'radio', 'synergy tv×search']);
    const T = view.fitEnd;
    for (let t = 0; t < T; t++) {
      const sum = layers.reduce((a, l) => a + l.mean[t], 0);
      expect(sum).toBeCloseTo(view.fitted.mean[t], 6);
    }
    const wf = waterfallShape(view, 0.94);
    expect(wf.steps.map((s) => s.name)).toContain('synergy tv×search');
    expect(wf.steps.at(-1)!.value.mean).toBeGreaterThan(0);
  });

  it('a model without pairs has no synergy layer', () => {
    const plain = precompute(loadResultsData(fixtureModel(), 12));
    expect(layersShape(plain, 0.94).map((l) => l.name)).toEqual(['Baseline', 'tv', 'search']);
  });
});

describe('syncSpec and synergy pairs', () => {
  it('keeps pairs whose channels are still mapped, drops the others', () => {
    const m = { date: 'date', kpi: 'sales', channels: ['tv', 'display', 'video'], controls: [] };
    const old = { ...defaultSpec(m, 'weekly'), synergy: [{ a: 'display', b: 'video' }, { a: 'tv', b: 'video' }] };
    const next = syncSpec({ ...m, channels: ['display', 'video', 'radio'] }, 'weekly', old);
    expect(next.synergy).toEqual([{ a: 'display', b: 'video' }]);
  });
});
