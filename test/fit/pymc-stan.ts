// Stan's posterior on PyMC-Marketing's example (the reference of pymc-example*.test.ts and bench/saturation-coords.bench.ts).
/** Stan's posterior (rstan, 4 x (1000 + 1000), adapt_delta 0.85) on the same model and data: [mean, sd]. */
export const STAN: Record<string, [number, number]> = {
  'adstock_alpha[x1]': [0.402, 0.0305], 'adstock_alpha[x2]': [0.189, 0.0402],
  'saturation_lam[x1]': [3.96, 0.381], 'saturation_lam[x2]': [3.08, 1.16],
  'saturation_beta[x1]': [0.362, 0.0194], 'saturation_beta[x2]': [0.273, 0.0867],
  intercept: [0.354, 0.0133],
  'gamma_control[event_1]': [0.176, 0.0267], 'gamma_control[event_2]': [0.232, 0.0286],
  'gamma_control[t]': [0.000617, 0.0000495],
  'gamma_fourier[sin_1]': [0.00272, 0.00352], 'gamma_fourier[sin_2]': [-0.0577, 0.00343],
  'gamma_fourier[cos_1]': [0.0622, 0.00338], 'gamma_fourier[cos_2]': [0.000766, 0.00354],
  sigma: [0.0313, 0.00183],
};
