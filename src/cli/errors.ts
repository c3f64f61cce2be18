// CLI error reporting: expected failures (bad data, unreadable files) print a message and exit 1, never a stack trace.
import type { DataIssue } from '../core/data';

/** An expected failure whose message is the whole story. */
export class CliError extends Error {
  readonly exitCode = 1;
}

export function formatIssue(issue: DataIssue): string {
  const where = [issue.row !== undefined ? `row ${issue.row}` : '', issue.column !== undefined ? `column ${issue.column}` : ''].filter(Boolean).join(', ');
  // Messages from ingest usually name the place already; add it only where they do not.
  const named = issue.row === undefined || issue.message.includes(`row ${issue.row}`);
  return where && !named ? `${where}: ${issue.message}` : issue.message;
}

export function reportIssues(issues: DataIssue[], kind: 'error' | 'warning'): void {
  for (const i of issues) process.stderr.write(`${kind}: ${formatIssue(i)}\n`);
}
