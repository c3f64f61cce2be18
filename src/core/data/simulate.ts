// The model of docs/CONTRACTS.md applied forwards in scaled space, to generate data with known truth:
// the simulator's inputs as a forward-model spec and scaled data, run through the one forward model.
import { forwardModel, fourierNames, type ForwardSpec } from '../model';

export interface SimInput {
  /** Spend per channel divided by its max (x in [0, 1]). */
  x: Record<string, number[]>;
  dayOfYear: number[];
  /** Controls as the model sees them (unscaled: center 0, scale 1). */
  controls: Record<string, number[]>;
  trend: boolean;
  /** Fourier order of yearly seasonality. */
  yearly: number;
  lmax: number;
}

/** The parameters the simulated model reads (geometric adstock, logistic saturation). */
function requiredParams(spec: ForwardSpec): string[] {
  return [
    'intercept', ...(spec.trend ? ['trend'] : []),
    ...fourierNames(spec.yearly).map((f) => `gamma_fourier[${f}]`),
    ...spec.channels.flatMap((c) => [`adstock_alpha[${c.name}]`, `saturation_lam[${c.name}]`, `saturation_beta[${c.name}]`]),
    ...spec.controls.map((k) => `gamma_control[${k}]`),
  ];
}

/** mu_t and each channel's contribution beta * saturation(adstock(x)), in scaled KPI units. */
export function modelMean(params: Record<string, number>, input: SimInput): { mu: number[]; channels: Record<string, number[]> } {
  const spec: ForwardSpec = {
    channels: Object.keys(input.x).map((name) => ({ name, adstock: 'geometric', lmax: input.lmax, saturation: 'logistic' })),
    controls: Object.keys(input.controls),
    trend: input.trend,
    yearly: input.yearly,
  };
  for (const name of requiredParams(spec)) {
    if (params[name] === undefined) throw new Error(`simulate: parameter ${name} is not set`);
  }
  const n = input.dayOfYear.length;
  const f = forwardModel(spec, {
    n, y: new Float64Array(n),
    x: spec.channels.map((c) => Float64Array.from(input.x[c.name])),
    z: spec.controls.map((k) => Float64Array.from(input.controls[k])),
    dayOfYear: Float64Array.from(input.dayOfYear),
  }, params);
  return {
    mu: Array.from(f.mu),
    channels: Object.fromEntries(spec.channels.map((c, i) => [c.name, Array.from(f.channels[i])])),
  };
}

/** Parameters measured in KPI units: divided by the KPI scale when moving between scalings. */
export function isKpiUnitParam(name: string): boolean {
  return !name.startsWith('adstock_') && !name.startsWith('saturation_lam');
}
