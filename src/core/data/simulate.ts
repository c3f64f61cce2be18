// The model of docs/CONTRACTS.md applied forwards in scaled space, to generate data with known truth.

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

/** Geometric adstock with normalised weights alpha^l / sum_j alpha^j, zero before the first period. */
export function geometricAdstock(x: number[], alpha: number, lmax: number): number[] {
  const w = Array.from({ length: lmax }, (_, l) => alpha ** l);
  const total = w.reduce((a, b) => a + b, 0);
  return x.map((_, t) => {
    let a = 0;
    for (let l = 0; l < lmax && l <= t; l++) a += (w[l] / total) * x[t - l];
    return a;
  });
}

/** Logistic saturation without beta: (1 - e^{-lam a}) / (1 + e^{-lam a}), in [0, 1). */
export function logisticSaturation(a: number, lam: number): number {
  const e = Math.exp(-lam * a);
  return (1 - e) / (1 + e);
}

/** sin_k and cos_k of 2 pi k doy / 365.25, k = 1..order, keyed by their gamma_fourier names. */
export function fourierModes(dayOfYear: number[], order: number): Record<string, number[]> {
  const modes: Record<string, number[]> = {};
  for (let k = 1; k <= order; k++) {
    modes[`sin_${k}`] = dayOfYear.map((d) => Math.sin((2 * Math.PI * k * d) / 365.25));
    modes[`cos_${k}`] = dayOfYear.map((d) => Math.cos((2 * Math.PI * k * d) / 365.25));
  }
  return modes;
}

function param(params: Record<string, number>, name: string): number {
  const v = params[name];
  if (v === undefined) throw new Error(`simulate: parameter ${name} is not set`);
  return v;
}

/** mu_t and each channel's contribution beta * saturation(adstock(x)), in scaled KPI units. */
export function modelMean(params: Record<string, number>, input: SimInput): { mu: number[]; channels: Record<string, number[]> } {
  const T = input.dayOfYear.length;
  const mu = new Array<number>(T).fill(param(params, 'intercept'));
  if (input.trend) {
    const trend = param(params, 'trend');
    for (let t = 0; t < T; t++) mu[t] += (trend * t) / Math.max(T - 1, 1);
  }
  for (const [name, mode] of Object.entries(fourierModes(input.dayOfYear, input.yearly))) {
    const g = param(params, `gamma_fourier[${name}]`);
    for (let t = 0; t < T; t++) mu[t] += g * mode[t];
  }
  const channels: Record<string, number[]> = {};
  for (const [c, x] of Object.entries(input.x)) {
    const a = geometricAdstock(x, param(params, `adstock_alpha[${c}]`), input.lmax);
    const lam = param(params, `saturation_lam[${c}]`);
    const beta = param(params, `saturation_beta[${c}]`);
    channels[c] = a.map((v) => beta * logisticSaturation(v, lam));
    for (let t = 0; t < T; t++) mu[t] += channels[c][t];
  }
  for (const [k, z] of Object.entries(input.controls)) {
    const g = param(params, `gamma_control[${k}]`);
    for (let t = 0; t < T; t++) mu[t] += g * z[t];
  }
  return { mu, channels };
}

/** Parameters measured in KPI units: divided by the KPI scale when moving between scalings. */
export function isKpiUnitParam(name: string): boolean {
  return !name.startsWith('adstock_') && !name.startsWith('saturation_lam');
}
