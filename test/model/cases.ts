// Model configurations for the full-density tests: every adstock x saturation x likelihood x prior type.
import type { AdstockKind, LikelihoodKind, ModelSpec, PriorConfig, SaturationKind } from '../../src/core/model/spec';
import { defaultSpec } from '../../src/core/model/defaults';
import { parsePriors } from '../../src/core/model/priors';

export const CHANNELS = ['tv', 'search', 'social'];
export const CONTROLS = ['promo', 'holiday'];

/** Non-default priors covering every distribution family (TruncatedNormal, LogNormal, Laplace, ...). */
export const VARIED_PRIORS = {
  intercept: { dist: 'Laplace', mu: 0.2, b: 0.5 },
  trend: { dist: 'Normal', mu: 0, sigma: 0.5 },
  gamma_control: { dist: 'Normal', mu: [0, 0.1], sigma: [1, 2] },
  gamma_fourier: { dist: 'Normal', mu: 0, sigma: 0.5 },
  adstock_alpha: { dist: 'Beta', alpha: [2, 1.5, 1], beta: [2, 3, 3] },
  adstock_theta: { dist: 'Beta', alpha: 2, beta: 2 },
  adstock_lam: { dist: 'LogNormal', mu: [1, 0.5, 0.8], sigma: 0.5 },
  adstock_k: { dist: 'TruncatedNormal', mu: 1.5, sigma: 1, lower: 0 },
  saturation_lam: { dist: 'LogNormal', mu: 0.5, sigma: 0.7 },
  saturation_kappa: { dist: 'Gamma', alpha: 2, beta: 2 },
  saturation_slope: { dist: 'LogNormal', mu: 0, sigma: 0.5 },
  saturation_beta: { dist: 'TruncatedNormal', mu: 0.5, sigma: 1, lower: 0 },
  sigma: { dist: 'Gamma', alpha: 2, beta: 20 },
  nu: { dist: 'TruncatedNormal', mu: 10, sigma: 5, lower: 0 },
};

export interface Case {
  label: string;
  spec: ModelSpec;
}

export function makeSpec(adstock: AdstockKind, saturation: SaturationKind, likelihood: LikelihoodKind, prior: 'beta' | 'roi', variant: number): ModelSpec {
  const spec = defaultSpec({ date: 'date', kpi: 'sales', channels: CHANNELS, controls: CONTROLS }, 'weekly');
  spec.channels.forEach((c, i) => {
    c.adstock = adstock;
    c.saturation = saturation;
    c.lmax = [8, 5, 12][i];
  });
  // Mix in one channel of another kind so per-channel kinds are exercised together.
  if (variant % 2 === 1) {
    spec.channels[2].adstock = adstock === 'geometric' ? 'delayed' : 'geometric';
    spec.channels[2].saturation = saturation === 'hill' ? 'logistic' : 'hill';
  }
  spec.likelihood = likelihood;
  spec.trend = variant % 2 === 0;
  spec.yearly = 1 + (variant % 3);
  spec.standardizeControls = variant % 4 === 1;
  spec.liftTests = [
    { channel: 'tv', x: 150, deltaX: 40, deltaY: 60, sigma: 30 },
    { channel: 'social', x: 80, deltaX: -30, deltaY: -40, sigma: 25 },
  ];
  const priors: Record<string, unknown> = variant % 2 === 0 ? { ...VARIED_PRIORS } : {};
  if (prior === 'roi') priors.roi = { dist: 'LogNormal', mu: [0.2, 0.1, 0], sigma: 0.9 };
  spec.priors = parsePriors(priors, spec) as PriorConfig;
  // Both sampler coordinates of saturation_beta (saturation-coords.ts); under an ROI prior 'effect' changes nothing.
  spec.saturationCoordinates = variant >= 2 ? 'effect' : 'natural';
  return spec;
}

export function allCases(): Case[] {
  const out: Case[] = [];
  let v = 0;
  for (const a of ['geometric', 'delayed', 'weibull-pdf', 'weibull-cdf'] as AdstockKind[])
    for (const s of ['logistic', 'hill', 'michaelis-menten'] as SaturationKind[])
      for (const l of ['normal', 'student-t'] as LikelihoodKind[])
        for (const p of ['beta', 'roi'] as const) {
          const spec = makeSpec(a, s, l, p, v % 4);
          out.push({ label: `${a} ${s} ${l} ${p} ${spec.saturationCoordinates} (variant ${v % 4})`, spec });
          v++;
        }
  return out;
}
