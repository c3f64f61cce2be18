// The dataset as the user would bring it: a CSV with a date column, the KPI, spend columns and controls.
export function writeCsv(dates: string[], kpi: number[], spend: Record<string, number[]>, controls: Record<string, number[]>): string {
  const chans = Object.keys(spend), ctrls = Object.keys(controls);
  const round = (v: number, d: number) => Number(v.toFixed(d)).toString();
  const lines = dates.map((d, t) => [
    d, round(kpi[t], 2), ...chans.map((c) => round(spend[c][t], 2)), ...ctrls.map((k) => round(controls[k][t], 4)),
  ].join(','));
  return [['date', 'revenue', ...chans, ...ctrls].join(','), ...lines].join('\n') + '\n';
}

/** ISO dates from a start date, one per day or per week. */
export function periodDates(start: string, T: number, stepDays: number): { dates: string[]; dayOfYear: number[] } {
  const t0 = Date.parse(`${start}T00:00:00Z`);
  const dates: string[] = [], dayOfYear: number[] = [];
  for (let t = 0; t < T; t++) {
    const d = new Date(t0 + t * stepDays * 86_400_000);
    dates.push(d.toISOString().slice(0, 10));
    dayOfYear.push(Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1);
  }
  return { dates, dayOfYear };
}
