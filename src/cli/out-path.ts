// Checks an output path before any work is done: minutes of sampling must not end in EISDIR or ENOENT.
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from './errors';

/** Throws a CliError naming `flag` when `out` is a directory, sits in a missing or read-only directory, or is a read-only file. */
export function checkOutPath(flag: string, out: string): void {
  const path = resolve(out);
  let st: ReturnType<typeof statSync> | undefined;
  try {
    st = statSync(path);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory()) throw new CliError(`cannot write ${flag} '${out}': it is a directory (give a file path, e.g. ${flag} ${out.replace(/\/+$/, '')}/out.json)`);
  if (st) {
    try {
      accessSync(path, constants.W_OK);
    } catch {
      throw new CliError(`cannot write ${flag} '${out}': the file exists and is not writable`);
    }
    return;
  }
  const dir = dirname(path);
  let dirStat: ReturnType<typeof statSync> | undefined;
  try {
    dirStat = statSync(dir);
  } catch {
    throw new CliError(`cannot write ${flag} '${out}': directory '${dir}' does not exist`);
  }
  if (!dirStat.isDirectory()) throw new CliError(`cannot write ${flag} '${out}': '${dir}' is not a directory`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new CliError(`cannot write ${flag} '${out}': directory '${dir}' is not writable`);
  }
}

/** Writes a file, turning a failure (disk full, permissions changed meanwhile) into a message naming `flag`. */
export function writeOut(flag: string, out: string, write: () => void): void {
  try {
    write();
  } catch (e) {
    throw new CliError(`cannot write ${flag} '${out}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
