// The six steps of the analyst's flow, in order, as the header's stepper shows them.
export type StepId = 'data' | 'model' | 'fit' | 'results' | 'optimise' | 'export';

export interface Step {
  id: StepId;
  n: number;
  label: string;
  hint: string;
}

export const STEPS: readonly Step[] = [
  { id: 'data', n: 1, label: 'Data', hint: 'Load a CSV or the demo, map its columns' },
  { id: 'model', n: 2, label: 'Model', hint: 'Adstock, saturation, seasonality, priors' },
  { id: 'fit', n: 3, label: 'Fit', hint: 'Run the sampler and check diagnostics' },
  { id: 'results', n: 4, label: 'Results', hint: 'Contributions, ROI, response curves' },
  { id: 'optimise', n: 5, label: 'Optimise', hint: 'Plan the next budget' },
  { id: 'export', n: 6, label: 'Export', hint: 'model.json, draws, charts, report' },
];

export function isStepId(s: string): s is StepId {
  return STEPS.some((x) => x.id === s);
}
