// One cell of a CSV the app writes (plans, draws): safe to open in a spreadsheet.

/**
 * A text cell (a channel or parameter name) for spreadsheets: one starting with = + - @ (or tab / carriage return)
 * would run as a formula, so it is prefixed with a single quote and quoted (OWASP CSV injection); any cell with
 * a quote, comma or line break is quoted with its quotes doubled (RFC 4180).
 */
export function csvTextCell(s: string): string {
  if (/^[=+\-@\t\r]/.test(s)) return `"'${s.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
