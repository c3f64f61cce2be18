// A synthetic ModelJson for UI tests and the dev harness: known parameters, generated weekly data, a few draws.
import type { ModelJson, ParameterSummary } from '../../src/core/fit/model-json';
import { channelEffect, rng } from './fixture-forward';

export interface FixtureOptions {
  channels?: string[];
  periods?: number;
  chains?: number;
  draws?: number;
  seed?: number;
}

const TRUTH = [
  { alpha: 0.3, lam: 2.5, beta: 0.22, spend: 42000 },
  { alpha: 0.6, lam: 1.5, beta: 0.3, spend: 95000 },
  { alpha: 0.2, lam: 3.0, beta: 0.12, spend: 28000 },
  { alpha: 0.45, lam: 2.0, beta: 0.08, spend: 15000 },
];

function summarise(values: number[]): ParameterSummary {
  const s = [...values].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))];
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1));
  return { mean, sd, q03: q(0.03), q97: q(0.97), rhat: 1.002, ess_bulk: 380, ess_tail: 350 };
}

export function fixtureModel(opts: FixtureOptions = {}): ModelJson {
  const channels = opts.channels ?? ['search', 'tv', 'social'];
  const T = opts.periods ?? 104;
  const chains = opts.chains ?? 2;
  const nd = opts.draws ?? 100;
  const r = rng(opts.seed ?? 7);
  const lmax = 8;
  const start = Date.UTC(2023, 0, 2);
  const dates = Array.from({ length: T }, (_, t) => new Date(start + t * 7 * 864e5).toISOString().slice(0, 10));
  const dayOfYear = dates.map((d) => Math.floor((Date.parse(d) - Date.UTC(+d.slice(0, 4), 0, 1)) / 864e5) + 1);
  const spend: Record<string, number[]> = {};
  channels.forEach((ch, i) => {
    const tr = TRUTH[i % TRUTH.length];
    // Flighting: channel i is on in bursts of different lengths, with noise.
    spend[ch] = Array.from({ length: T }, (_, t) => {
      const on = i === 1 ? Math.floor(t / 6) % 2 === 0 : true;
      return on ? Math.max(0, tr.spend * (0.7 + 0.6 * r.u())) : 0;
    });
  });
  const truth = { intercept: 0.35, trend: 0.08, sin1: 0.04, cos1: 0.03, sigma: 0.025 };
  const xs = channels.map((ch) => { const m = Math.max(...spend[ch]); return spend[ch].map((v) => v / m); });
  const base = dates.map((_, t) => truth.intercept + truth.trend * t / (T - 1)
    + truth.sin1 * Math.sin(2 * Math.PI * dayOfYear[t] / 365.25) + truth.cos1 * Math.cos(2 * Math.PI * dayOfYear[t] / 365.25));
  const effects = channels.map((_, i) => { const tr = TRUTH[i % TRUTH.length]; return channelEffect(xs[i], tr.alpha, tr.lam, tr.beta, lmax); });
  const yScaled = base.map((b, t) => b + effects.reduce((a, e) => a + e[t], 0) + truth.sigma * r.n());
  const kpiScale = 1_250_000;
  const kpi = yScaled.map((y) => y * kpiScale);
  const kmax = Math.max(...kpi.map(Math.abs));

  const draws: Record<string, number[][]> = {};
  const jitter = (name: string, mu: number, sd: number, pos = false) => {
    draws[name] = Array.from({ length: chains }, () => Array.from({ length: nd }, () => {
      const v = mu + sd * r.n();
      return pos ? Math.abs(v) : v;
    }));
  };
  // Draws stored in the model's scaled space (KPI divided by its max), as fitModel does.
  const k = kpiScale / kmax;
  channels.forEach((ch, i) => {
    const tr = TRUTH[i % TRUTH.length];
    jitter(`adstock_alpha[${ch}]`, tr.alpha, 0.04, true);
    jitter(`saturation_lam[${ch}]`, tr.lam, 0.25, true);
    jitter(`saturation_beta[${ch}]`, tr.beta * k, 0.015 * k, true);
  });
  jitter('intercept', truth.intercept * k, 0.004 * k);
  jitter('trend', truth.trend * k, 0.004 * k);
  jitter('gamma_fourier[sin_1]', truth.sin1 * k, 0.002 * k);
  jitter('gamma_fourier[cos_1]', truth.cos1 * k, 0.002 * k);
  jitter('sigma', truth.sigma * k, 0.002 * k, true);

  const parameters: Record<string, ParameterSummary> = {};
  for (const [name, v] of Object.entries(draws)) parameters[name] = summarise(v.flat());
  const zeros = () => Array.from({ length: chains }, () => new Array(nd).fill(0));
  const spendTotal = (ch: string) => spend[ch].reduce((a, b) => a + b, 0);
  const allSpend = channels.reduce((a, ch) => a + spendTotal(ch), 0);
  return {
    format: 'marginal-model',
    version: 1,
    created: '2026-11-23T12:00:00.000Z',
    spec: {
      date: 'week', kpi: 'revenue',
      channels: channels.map((name) => ({ name, adstock: 'geometric', lmax, saturation: 'logistic' })),
      controls: [], yearly: 1, trend: true, likelihood: 'normal', standardizeControls: false, priors: {}, liftTests: [],
    },
    fit: { chains, warmup: 500, draws: nd, seed: 1, targetAccept: 0.8, maxDepth: 10 },
    data: { dates, frequency: 'weekly', dayOfYear, kpiName: 'revenue', kpi, channels: spend, controls: {} },
    scaling: { kpi: kmax, channels: Object.fromEntries(channels.map((ch) => [ch, Math.max(...spend[ch])])), controls: {} },
    draws,
    sampler: { accept_stat: zeros(), stepsize: zeros(), treedepth: zeros(), n_leapfrog: zeros(), divergent: zeros(), energy: zeros(), lp: zeros() },
    diagnostics: { max_rhat: 1.004, min_ess_bulk: 312, min_ess_tail: 290, divergences: 0, treedepth_saturated: 0, ebfmi: Array(chains).fill(0.95), seconds: 12.3, gradients: 123456 },
    summary: {
      parameters,
      channels: Object.fromEntries(channels.map((ch) => [ch, {
        roi: { mean: 2, q03: 1.5, q97: 2.5 }, mroi: { mean: 1, q03: 0.6, q97: 1.4 },
        contribution_total: { mean: 1e6, q03: 8e5, q97: 1.2e6 }, spend_total: spendTotal(ch), spend_share: spendTotal(ch) / allSpend,
      }])),
      fit: { r2: { mean: 0.92, q03: 0.9, q97: 0.94 }, mape: { mean: 0.04, q03: 0.035, q97: 0.045 }, nrmse: { mean: 0.06, q03: 0.055, q97: 0.065 } },
    },
  };
}
