// Channels named __proto__, constructor and toString (and a control named hasOwnProperty) survive a real fit,
// the summaries, ROI, the optimizer's plan and its CSV, the CLI's summary text and a model.json round trip.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MmmData } from '../../src/core/data/types';
import { ownValue, putOwn } from '../../src/core/data/records';
import { createInlineHost } from '../../src/core/engine/inline-host';
import { channelSummaries } from '../../src/core/fit/channel-summary';
import { fitModel } from '../../src/core/fit/fit-model';
import type { ModelJson } from '../../src/core/fit/model-json';
import { parseModelJsonText, validateModelJson } from '../../src/core/fit/validate-model-json';
import { defaultSpec } from '../../src/core/model/defaults';
import { scaleData } from '../../src/core/model/scale';
import { channelBounds } from '../../src/core/optimizer/bounds';
import { largestSpendSeen } from '../../src/core/fit';
import { optimizeBudget, planToCsv } from '../../src/core/optimizer';
import type { Plan } from '../../src/core/optimizer/types';
import { roiDraws } from '../../src/core/posterior/roi';
import { shares } from '../../src/core/posterior/shares';
import { formatPlan, optionsFromFlags, parseFlags } from '../../src/cli/optimize';
import { parseArgs } from '../../src/cli/args';
import { summaryText } from '../../src/cli/table';
import { fixtureData } from '../fixtures/model';

const names = ['__proto__', 'constructor', 'toString'];
const control = 'hasOwnProperty';

/** The fixture's data with its columns renamed, every name an own property (as ingestCsv gives them). */
function protoData(): MmmData {
  const base = fixtureData(60, 5, ['tv', 'search', 'radio'], ['price']);
  const channels = Object.fromEntries(['tv', 'search', 'radio'].map((c, i) => [names[i], base.channels[c]]));
  return { ...base, channels, controls: Object.fromEntries([[control, base.controls.price]]) };
}

const finite = (v: number) => Number.isFinite(v);

function expectChannels(model: ModelJson): void {
  expect(Object.keys(model.scaling.channels)).toEqual(names);
  expect(Object.keys(model.scaling.controls)).toEqual([control]);
  expect(Object.getPrototypeOf(model.scaling.channels)).toBe(Object.prototype);
  for (const n of names) expect(ownValue(model.scaling.channels, n), n).toBe(Math.max(...model.data.channels[n]));
  expect(Object.keys(model.summary.channels)).toEqual(names);
  for (const n of names) {
    const s = model.summary.channels[n];
    for (const v of [s.roi.mean, s.roi.q03, s.roi.q97, s.mroi.mean, s.contribution_total.mean, s.spend_total, s.spend_share!, s.contribution_share!.mean]) {
      expect(finite(v), n).toBe(true);
    }
    expect(s.spend_total).toBeGreaterThan(0);
  }
}

describe('column names that are Object.prototype keys, through fit, summary, ROI and the optimizer', () => {
  const data = protoData();
  const spec = defaultSpec({ date: 'date', kpi: 'sales', channels: names, controls: [control] }, 'weekly');
  let model: ModelJson;
  let plan: Plan;
  beforeAll(async () => {
    model = await fitModel(data, spec, { chains: 1, warmup: 100, draws: 100, seed: 7, targetAccept: 0.8, maxDepth: 10 }, { host: createInlineHost() });
    plan = await optimizeBudget(model, { maxDraws: 50, seed: 1 });
  }, 120_000);

  it('the data carries the names as own keys (not a replaced prototype)', () => {
    expect(Object.keys(data.channels)).toEqual(names);
    expect(Object.getPrototypeOf(data.channels)).toBe(Object.prototype);
  });

  it('scaleData scales every channel and the control, and misses none', () => {
    const { scaling, scaled } = scaleData(data, spec);
    expect(Object.keys(scaling.channels)).toEqual(names);
    expect(Object.keys(scaling.controls)).toEqual([control]);
    expect(scaled.x).toHaveLength(3);
    for (const x of scaled.x) expect(Math.max(...x)).toBe(1);
    // a name missing from the data is an error, not an inherited member
    const noCtor = { ...data, channels: Object.fromEntries([['__proto__', data.channels.__proto__], ['toString', data.channels.toString]]) };
    expect(() => scaleData(noCtor, spec)).toThrow('channel "constructor" is not in the data');
  });

  it('the fit reports scaling and summary.channels for all three, with finite numbers', () => {
    expectChannels(model);
  });

  it('ROI draws and shares are finite for every channel', () => {
    const roi = roiDraws(model);
    expect(Object.keys(roi)).toEqual(names);
    for (const n of names) expect(roi[n].every(finite), n).toBe(true);
    const sh = shares(model);
    expect(Object.keys(sh.contribution)).toEqual(names);
    expect(Object.keys(sh.spend)).toEqual(names);
    expect(names.reduce((a, n) => a + sh.spend[n], 0)).toBeCloseTo(1, 12);
  });

  it('the plan and its CSV carry the three channels with finite numbers', () => {
    expect(plan.channels).toEqual(names);
    for (const rec of [plan.allocation, plan.current, plan.bounds, plan.mroi, plan.allocation_by_period, plan.trust_region!.channels]) expect(Object.keys(rec)).toEqual(names);
    // the default trust region caps each channel at its own largest spend seen, read by own key
    const seen = largestSpendSeen(model);
    expect(Object.keys(seen)).toEqual(names);
    for (const n of names) {
      expect(finite(plan.allocation[n]) && finite(plan.current[n]) && finite(plan.mroi[n].mean), n).toBe(true);
      expect(seen[n]).toBe(Math.max(...data.channels[n]));
      expect(plan.bounds[n]).toMatchObject({ min: 0, max: seen[n], minFrom: 'spend >= 0' });
      expect(plan.bounds[n].maxFrom).toMatch(/^trust region: 1x the largest spend seen/);
    }
    expect(finite(plan.uplift.mean)).toBe(true);
    const rows = planToCsv(plan).split('\n');
    for (const [i, n] of names.entries()) {
      const cells = rows[i + 1].split(',');
      expect(cells[0]).toBe(n);
      expect(Math.abs(Number(cells[6]) / plan.bounds[n].max - 1)).toBeLessThan(1e-7); // max_per_period: the trust region's cap (8 digits)
      for (const c of cells.slice(1)) expect(finite(Number(c)) && c !== '', `${n}: ${c}`).toBe(true);
      expect(cells).toHaveLength(10 + plan.horizon);
    }
    const text = formatPlan(plan);
    expect(text).not.toMatch(/NaN|undefined/);
    for (const n of names) expect(text).toMatch(new RegExp(`^${n} `, 'm'));
  });

  it('per-channel constraints apply only to the channel they name', () => {
    const cur = Object.fromEntries(names.map((n) => [n, 100]));
    const min: Record<string, number> = {};
    putOwn(min, '__proto__', 10);
    const b = channelBounds(names, cur, { min, max: { toString: 500 }, maxChange: Object.fromEntries([['__proto__', 0.5]]) });
    expect(b.map((x) => [x.min, x.max])).toEqual([[50, 150], [0, Infinity], [0, 500]]);
  });

  it("the CLI's summary text lists the three channels with numbers", () => {
    const text = summaryText(model);
    expect(text).not.toMatch(/NaN|undefined/);
    for (const n of names) expect(text).toMatch(new RegExp(`^${n} +\\d`, 'm'));
    expect(text).toContain(`gamma_control[${control}]`);
  });

  it('a model.json round trip validates and summarises again to the same numbers', () => {
    const back = parseModelJsonText(JSON.stringify(model));
    expect(validateModelJson(back)).toBe(back);
    expectChannels(back);
    expect(Object.keys(back.data.channels)).toEqual(names);
    const again = channelSummaries(back);
    expect(Object.keys(again)).toEqual(names);
    for (const n of names) expect(again[n]).toEqual(model.summary.channels[n]);
    expect(summaryText(back)).toBe(summaryText(model));
  });

  it('CLI flags name those channels as own keys; a flag named like a prototype member is unknown', () => {
    const o = optionsFromFlags(parseFlags(['m.json', '--bounds', '__proto__=10:20,constructor=:50', '--floor', 'toString=5', '--current', '__proto__=12']));
    expect(Object.keys(o.min!)).toEqual(['__proto__']);
    expect(ownValue(o.min, '__proto__')).toBe(10);
    expect(Object.keys(o.max!)).toEqual(['__proto__', 'constructor']);
    expect(Object.keys(o.floors!)).toEqual(['toString']);
    expect(Object.keys(o.current!)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(o.min)).toBe(Object.prototype);
    for (const f of ['constructor', 'toString', '__proto__']) expect(() => parseArgs([`--${f}`, 'x'], {})).toThrow(`unknown flag --${f}`);
  });
});
