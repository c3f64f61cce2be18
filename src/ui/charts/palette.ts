// One colour per channel, stable across every chart (colour-blind-safe Tableau 10 order).
const COLOURS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

export const BASELINE_COLOUR = '#c7c7c7';
export const ACTUAL_COLOUR = '#222222';
/** Synergy pairs' own series in the decomposition (hatched-grey family, apart from the channels' colours). */
export const SYNERGY_COLOURS = ['#8c6d31', '#7b4173', '#637939', '#5254a3'];

export function channelColour(channels: readonly string[], name: string): string {
  const i = channels.indexOf(name);
  return COLOURS[(i < 0 ? 0 : i) % COLOURS.length];
}
