import type { DayRange } from '../../core/analytics/columnsQueries';
import { dayNumberToIso, isoToDayNumber } from '../../core/dates';

export const RANGES = ['3m', '12m', 'all'] as const;
export type RangeName = (typeof RANGES)[number];

/**
 * The chosen period in whole calendar months, ending with the month of the last day with data (older statements
 * still fill the charts; the dashboard says how old the data is and the period is labelled with its months).
 */
export function rangeFor(name: RangeName, firstDay: number, lastDay: number): DayRange {
  if (name === 'all') return { from: firstDay, to: lastDay };
  const months = name === '3m' ? 3 : 12;
  const last = dayNumberToIso(lastDay);
  const year = Number(last.slice(0, 4));
  const month = Number(last.slice(5, 7)) - 1 - (months - 1);
  const start = new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
  return { from: Math.max(firstDay, isoToDayNumber(start)), to: lastDay };
}

const DAY_MS = 86_400_000;

/** "Aug – Oct 2026", "Nov 2025 – Oct 2026" in the person's language. */
export function periodLabel(range: DayRange, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(new Date(range.from * DAY_MS), new Date(range.to * DAY_MS));
}

/** Today as a day number, in the person's own time zone. */
export function todayDayNumber(now = new Date()): number {
  return Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS);
}
