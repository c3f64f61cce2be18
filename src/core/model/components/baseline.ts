// The baseline's level: intercept plus a linear trend running 0..1 over the fitted window.

/** The trend regressor at period t: t / span (span = n - 1 of the fitted rows; 0 when span is 0). */
export function trendAt(t: number, span: number): number {
  return span > 0 ? t / span : 0;
}

/** intercept + trend * t / span (trend 0 when the model has none). */
export function interceptTrend(intercept: number, trend: number, t: number, span: number): number {
  return intercept + trend * trendAt(t, span);
}
