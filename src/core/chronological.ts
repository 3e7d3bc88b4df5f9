import type { IsoDate } from './types';

/**
 * Puts a statement's rows in chronological order while keeping the bank's order within a day: a newest-first file
 * is reversed as a whole first (so same-day rows keep their true sequence), then stably sorted by date.
 */
export function toChronological<T extends { date: IsoDate }>(rows: readonly T[]): T[] {
  const first = rows[0]?.date ?? '';
  const last = rows[rows.length - 1]?.date ?? '';
  const ordered = first > last ? [...rows].reverse() : [...rows];
  if (ordered.every((row, index) => index === 0 || (ordered[index - 1] as T).date <= row.date))
    return ordered;
  return ordered.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
