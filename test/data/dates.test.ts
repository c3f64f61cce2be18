import { describe, expect, it } from 'vitest';
import { dayNumber, dayOfYear, detectDateFormat, detectFrequency, isoOfDayNumber, parseDate } from '../../src/core/data/dates';

describe('parseDate', () => {
  it('reads ISO variants, with or without a midnight time', () => {
    for (const s of ['2023-03-06', '2023/03/06', '2023.03.06', '2023-3-6', '20230306', '2023-03-06 00:00:00', '2023-03-06T00:00:00Z']) {
      expect(parseDate(s, 'ymd'), s).toEqual({ y: 2023, m: 3, d: 6 });
    }
  });

  it('refuses impossible dates and other times of day', () => {
    for (const s of ['2023-02-29', '2023-13-01', '2023-00-10', '2023-03-06 12:00', 'March 6', '06-03-2023', '']) {
      expect(parseDate(s, 'ymd'), s).toBeNull();
    }
    expect(parseDate('2024-02-29', 'ymd')).toEqual({ y: 2024, m: 2, d: 29 });
  });

  it('reads slash dates with the year last in the format the column shows', () => {
    expect(parseDate('3/6/2023', 'mdy')).toEqual({ y: 2023, m: 3, d: 6 });
    expect(parseDate('3/6/2023', 'dmy')).toEqual({ y: 2023, m: 6, d: 3 });
  });
});

describe('detectDateFormat', () => {
  it('prefers ISO', () => {
    expect(detectDateFormat(['2023-01-02', '2023-01-09'])).toEqual({ ok: true, format: 'ymd' });
  });
  it('takes M/D/YYYY or D/M/YYYY only when some value shows the order', () => {
    expect(detectDateFormat(['1/2/2023', '1/16/2023'])).toEqual({ ok: true, format: 'mdy' });
    expect(detectDateFormat(['2/1/2023', '16/1/2023'])).toEqual({ ok: true, format: 'dmy' });
  });
  it('refuses ambiguous slash dates', () => {
    const g = detectDateFormat(['01/02/2023', '01/09/2023']);
    expect(g.ok).toBe(false);
    if (!g.ok) expect(g.reason).toBe('slash dates like "01/02/2023" are ambiguous (day/month or month/day): write them as YYYY-MM-DD');
  });
  it('says when a column is not dates', () => {
    expect(detectDateFormat(['1.5', '2'])).toEqual({ ok: false, reason: '"1.5" is not a date (expected YYYY-MM-DD)' });
  });
});

describe('day numbers, day of year, frequency', () => {
  it('day of year is 1 on 1 January (pandas dayofyear)', () => {
    expect(dayOfYear({ y: 2018, m: 4, d: 2 })).toBe(92);
    expect(dayOfYear({ y: 2024, m: 12, d: 31 })).toBe(366);
    expect(dayOfYear({ y: 2023, m: 1, d: 1 })).toBe(1);
  });
  it('round-trips day numbers', () => {
    const n = dayNumber({ y: 2023, m: 1, d: 2 });
    expect(isoOfDayNumber(n + 7)).toBe('2023-01-09');
  });
  it('detects weekly and daily from the most common step', () => {
    expect(detectFrequency([0, 7, 14, 28, 35])).toEqual({ ok: true, frequency: 'weekly' });
    expect(detectFrequency([0, 1, 2, 3])).toEqual({ ok: true, frequency: 'daily' });
    expect(detectFrequency([0, 30, 61, 91])).toEqual({ ok: false, step: 30 });
  });
});
