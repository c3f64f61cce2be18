// The one model every golden chart renders from, and the views the app derives from it (Results, Optimise).
import { fixtureModel } from '../fixtures/model';
import { fixtureFrontier, fixturePlanWithDraws } from '../fixtures/plan';
import { periodWord, resultsView } from '../../src/ui/results/load';

export const CHANNELS = ['tv', 'search', 'social'];
/** 104 weeks, 2 chains x 100 draws, the last 8 weeks held out. */
export const model = fixtureModel({ channels: CHANNELS, periods: 104, chains: 2, draws: 100, seed: 7, holdout: 8 });
/** The Results page's view, computed as the page computes it (inline where there is no Worker). */
export const view = await resultsView(model);
export const period = periodWord(model);
export const plan = fixturePlanWithDraws(CHANNELS);
export const frontier = fixtureFrontier(CHANNELS);
/** Chart widths as the app's cards give them: full-width and half-width cards. */
export const WIDE = 900;
export const HALF = 440;
