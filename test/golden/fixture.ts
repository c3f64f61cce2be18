// The one model every golden chart renders from: 3 channels, 104 weeks, 2 chains x 100 draws, the last 8 weeks held out.
import { fixtureModel } from '../fixtures/model';

export const CHANNELS = ['tv', 'search', 'social'];
export const model = fixtureModel({ channels: CHANNELS, periods: 104, chains: 2, draws: 100, seed: 7, holdout: 8 });
/** Chart widths as the app's cards give them: full-width and half-width cards. */
export const WIDE = 900;
export const HALF = 440;
