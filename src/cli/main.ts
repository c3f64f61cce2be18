// The `marginal` command line: dispatches to one module per command and turns errors into messages and exit codes.
import { UsageError } from './args';
import { CliError } from './errors';

const USAGE = `usage: marginal <command> [options]
commands:
  fit DATA.csv --out model.json [...]   fit the Bayesian MMM (marginal fit --help for options)
  summary model.json                    reprint a fitted model's summary table
  optimize model.json [...]             allocate a budget across channels
  demo [--out demo.csv]                 write the built-in demo dataset`;

type Command = (argv: string[]) => Promise<number>;

async function loadCommand(name: string): Promise<{ run: Command; usage: string } | undefined> {
  switch (name) {
    case 'fit': {
      const m = await import('./fit');
      return { run: m.runFitCommand, usage: m.FIT_USAGE };
    }
    case 'summary': {
      const m = await import('./summary');
      return { run: m.runSummaryCommand, usage: m.SUMMARY_USAGE };
    }
    case 'demo': {
      const m = await import('./demo');
      return { run: m.runDemoCommand, usage: m.DEMO_USAGE };
    }
    case 'optimize': {
      const m = await import('./optimize');
      return { run: m.runOptimizeCommand, usage: 'usage: marginal optimize model.json [options] (see marginal optimize --help)' };
    }
    default:
      return undefined;
  }
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return name === undefined ? 2 : 0;
  }
  const cmd = await loadCommand(name);
  if (!cmd) {
    process.stderr.write(`error: unknown command '${name}'\n${USAGE}\n`);
    return 2;
  }
  if (name !== 'optimize' && (rest.includes('--help') || rest.includes('-h'))) {
    process.stdout.write(cmd.usage + '\n');
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`error: ${e.message}\n${cmd.usage}\n`);
      return 2;
    }
    if (e instanceof CliError) {
      process.stderr.write(`error: ${e.message}\n`);
      return 1;
    }
    // Anything else is still reported as a message; the stack only on request. A JS engine error
    // (TypeError and kin) is our bug, not the user's input: say so rather than pass it off as a reason.
    const internal = e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError;
    process.stderr.write(internal
      ? `error: internal error in marginal ${name} (please report it; MARGINAL_DEBUG=1 shows where): ${(e as Error).message}\n`
      : `error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.MARGINAL_DEBUG) console.error(e);
    return 1;
  }
}

// Run when executed (bin/marginal.js -> tsx src/cli/main.ts), not when imported by tests.
if (process.argv[1] && /main\.ts$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
