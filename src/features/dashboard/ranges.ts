import type { DayRange } from '../../core/analytics/columnsQueries';

export const RANGES = ['3m', '12m', 'all'] as const;
export type RangeName = (typeof RANGES)[number];

/** The chosen period, ending on the last day with data (so older statements still fill the charts). */
export function rangeFor(name: RangeName, firstDay: number, lastDay: number): DayRange {
  const days = name === '3m' ? 91 : name === '12m' ? 365 : Number.POSITIVE_INFINITY;
  return { from: Math.max(firstDay, lastDay - days + 1), to: lastDay };
}
