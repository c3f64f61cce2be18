// `marginal summary model.json`: reprints the fit's summary table from a saved model.
import { readFileSync } from 'node:fs';
import { parseArgs, UsageError } from './args';
import { CliError } from './errors';
import { summaryText } from './table';
import type { ModelJson } from '../core/fit';
import { parseModelJsonText } from '../core/fit';

export const SUMMARY_USAGE = 'usage: marginal summary model.json';

export function loadModelJson(path: string): ModelJson {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read model file '${path}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return parseModelJsonText(text);
  } catch (e) {
    throw new CliError(`'${path}' is not a model.json marginal can use: ${(e as Error).message}`);
  }
}

export async function runSummaryCommand(argv: string[]): Promise<number> {
  const { positional } = parseArgs(argv, {});
  if (positional.length !== 1) throw new UsageError(positional.length ? `expected one model file, got ${positional.join(' ')}` : 'missing the model file (model.json)');
  process.stdout.write(summaryText(loadModelJson(positional[0]), { criticism: true }) + '\n');
  return 0;
}
