// summary.channels of model.json: ROI, mROI, contribution and shares per channel, in original units.
import type { ChannelSummary, ModelJson } from './model-json';
import { contributionTotals } from '../posterior/contributions';
import { roiDraws } from '../posterior/roi';
import { mroiDraws } from '../posterior/mroi';
import { shares } from '../posterior/shares';
import { posteriorContext } from '../posterior/context';
import { interval } from '../stats';

export function channelSummaries(model: ModelJson): Record<string, ChannelSummary> {
  const ctx = posteriorContext(model);
  const roi = roiDraws(model);
  const mroi = mroiDraws(model);
  const totals = contributionTotals(model);
  const sh = shares(model);
  const out: Record<string, ChannelSummary> = {};
  for (const ch of ctx.channels) {
    out[ch.name] = {
      roi: interval(roi[ch.name]),
      mroi: interval(mroi[ch.name]),
      contribution_total: interval(totals[ch.name]),
      spend_total: ctx.spendTotal[ch.name],
      contribution_share: interval(sh.contribution[ch.name]),
      spend_share: sh.spend[ch.name],
    };
  }
  return out;
}
