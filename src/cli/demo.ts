// `marginal demo --out demo.csv`: writes the built-in demo dataset (generated from known parameters).
import { writeFileSync } from 'node:fs';
import { parseArgs, UsageError } from './args';
import { generateDemoData } from '../core/data';

export const DEMO_USAGE = 'usage: marginal demo [--out demo.csv] [--seed N]   (prints the CSV when --out is not given)';

export async function runDemoCommand(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, { out: { kind: 'string' }, seed: { kind: 'int', min: 0, max: 4294967295 } });
  if (positional.length) throw new UsageError(`unexpected argument '${positional[0]}'`);
  const demo = generateDemoData((flags.seed as number | undefined) ?? 1);
  if (flags.out === undefined) {
    process.stdout.write(demo.csv);
    return 0;
  }
  writeFileSync(flags.out as string, demo.csv);
  const m = demo.mapping;
  process.stderr.write(`wrote ${flags.out}: ${demo.data.dates.length} ${demo.data.frequency} rows; fit it with\n` +
    `  npx marginal fit ${flags.out} --date ${m.date} --kpi ${m.kpi} --channels ${m.channels.join(',')}` +
    `${m.controls.length ? ` --controls ${m.controls.join(',')}` : ''} --out model.json\n`);
  return 0;
}
