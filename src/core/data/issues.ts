// Building DataIssues: row labels with file lines, and capped lists ("and N more").
import type { DataIssue } from './types';

/** The longest cell or name quoted whole in a message; longer ones are cut with "…". */
export const QUOTE_CAP = 60;

/** A user's text as it appears in a message: in double quotes, at most QUOTE_CAP characters. */
export function quote(text: string): string {
  return `"${text.length > QUOTE_CAP ? `${text.slice(0, QUOTE_CAP)}…` : text}"`;
}

/** Up to `cap` items joined with ", ", then "and N more" (a header can have 40,000 names). */
export function listCapped(items: string[], cap = ISSUE_CAP): string {
  if (items.length <= cap) return items.join(', ');
  return `${items.slice(0, cap).join(', ')} and ${items.length - cap} more`;
}

/** How many issues of one kind are listed before they are summarised. */
export const ISSUE_CAP = 20;

/** "row 12 (line 13)": data row (1-based, header excluded) and the line in the file. */
export function rowLabel(row: number, lines?: number[]): string {
  const line = lines?.[row - 1] ?? row + 1;
  return `row ${row} (line ${line})`;
}

/** Collects issues of one kind, keeping the first ISSUE_CAP and counting the rest. */
export class CappedIssues {
  private kept: DataIssue[] = [];
  private dropped = 0;
  constructor(private readonly what: string, private readonly cap = ISSUE_CAP) {}

  add(issue: DataIssue): void {
    if (this.kept.length < this.cap) this.kept.push(issue);
    else this.dropped++;
  }

  get count(): number { return this.kept.length + this.dropped; }

  /** The kept issues, plus one summary issue when some were dropped. */
  list(): DataIssue[] {
    if (this.dropped === 0) return this.kept;
    return [...this.kept, { message: `and ${this.dropped} more ${this.what}` }];
  }
}
