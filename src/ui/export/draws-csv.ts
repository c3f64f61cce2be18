// Posterior draws as CSV in posterior's draws_df layout (.chain, .iteration, .draw, then one column per parameter),
// which R's posterior::as_draws_df and ArviZ (via pandas + from_dict) read as-is.
import { csvTextCell } from '../../core/data';
import type { ModelJson } from '../../core/fit';

/** Shortest exact decimal for a double (round-trips), NA for non-finite values as R writes them. */
function num(v: number): string {
  return Number.isFinite(v) ? String(v) : 'NA';
}

export function drawsCsv(model: ModelJson): string {
  const names = Object.keys(model.draws);
  if (names.length === 0) throw new Error('model.json has no draws to export');
  const chains = model.draws[names[0]];
  for (const n of names) {
    const c = model.draws[n];
    if (c.length !== chains.length || c.some((d, i) => d.length !== chains[i].length)) {
      throw new Error(`draws of "${n}" do not have the same chains and lengths as "${names[0]}"`);
    }
  }
  const lines: string[] = [['.chain', '.iteration', '.draw', ...names].map(csvTextCell).join(',')];
  let draw = 0;
  chains.forEach((chain, c) => {
    for (let i = 0; i < chain.length; i++) {
      draw++;
      const row = [String(c + 1), String(i + 1), String(draw)];
      for (const n of names) row.push(num(model.draws[n][c][i]));
      lines.push(row.join(','));
    }
  });
  return lines.join('\n') + '\n';
}
