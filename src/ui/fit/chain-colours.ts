// Colours for chains (not channels): a separate palette so a chain is never mistaken for a media channel.
const CHAIN = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#666666'];

export function chainColour(chain: number): string {
  return CHAIN[chain % CHAIN.length];
}
