// Default sampler settings for a fit (Stan's defaults: 4 chains, 1000 warmup + 1000 draws, delta 0.8, depth 10).
// The CLI's flags, its help text and the app's Fit settings all start from these.
import type { AdaptationKind, FitConfig } from '../model/spec';

/** Stan's windowed adaptation stays the default: nutpie's, measured against it (README, Sampler), used 3-5x fewer
 *  gradients on the recovery datasets but gave half the bulk-ESS and higher R-hat. A FitConfig without
 *  `adaptation` uses this. */
export const DEFAULT_ADAPTATION: AdaptationKind = 'stan';

export const DEFAULT_FIT_CONFIG: Readonly<FitConfig> = Object.freeze({
  chains: 4,
  warmup: 1000,
  draws: 1000,
  seed: 20240601,
  targetAccept: 0.8,
  maxDepth: 10,
});
