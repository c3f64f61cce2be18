// Command dispatch: help, unknown commands, per-command --help, and optimize before and after its module exists.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';

function capture() {
  const out: string[] = [], err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  return { out: () => out.join(''), err: () => err.join('') };
}

afterEach(() => vi.restoreAllMocks());

describe('main', () => {
  it('prints usage with --help (exit 0) and without a command (exit 2)', async () => {
    const c = capture();
    expect(await main(['--help'])).toBe(0);
    expect(c.out()).toContain('usage: marginal <command>');
    expect(await main([])).toBe(2);
  });

  it('names an unknown command', async () => {
    const c = capture();
    expect(await main(['fitt'])).toBe(2);
    expect(c.err()).toContain("unknown command 'fitt'");
  });

  it('fit --help and summary --help print their usage', async () => {
    const c = capture();
    expect(await main(['fit', '--help'])).toBe(0);
    expect(c.out()).toContain('--target-accept');
    expect(await main(['summary', '--help'])).toBe(0);
    expect(c.out()).toContain('usage: marginal summary model.json');
  });
});
