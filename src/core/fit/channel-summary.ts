// summary.channels of model.json: ROI, mROI, contribution and shares per channel, in original units, from one posterior pass.
import type { ChannelSummary, ModelJson } from './model-json';
import { posteriorContext } from '../posterior/context';
import { posteriorPass } from '../posterior/pass';
import { shares } from '../posterior/shares';
import { interval } from '../stats';
import { putOwn } from '../data/records';

export function channelSummaries(model: ModelJson): Record<string, ChannelSummary> {
  const ctx = posteriorContext(model);
  const pass = posteriorPass(model);
  const sh = shares(model);
  const out: Record<string, ChannelSummary> = {};
  for (const ch of ctx.channels) {
    putOwn(out, ch.name, {
      roi: interval(pass.roi[ch.name]),
      mroi: interval(pass.mroi[ch.name]),
      contribution_total: interval(pass.contributionTotal[ch.name]),
      spend_total: ctx.spendTotal[ch.name],
      contribution_share: interval(sh.contribution[ch.name]),
      spend_share: sh.spend[ch.name],
    });
  }
  return out;
}
