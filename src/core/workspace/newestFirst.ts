import type { Transaction } from '../types';

/** Newest first: later date first, then (same day) the higher id first, as the store orders rows. */
export function compareNewestFirst(a: Pick<Transaction, 'date' | 'id'>, b: Pick<Transaction, 'date' | 'id'>) {
  return a.date > b.date ? -1 : a.date < b.date ? 1 : (b.id ?? 0) - (a.id ?? 0);
}

/**
 * Where a row with this date and id sits in `rows` sorted newest first, found by halving (an edit that changes
 * a few rows need not look at all of them); -1 when no row there has that id.
 */
export function positionNewestFirst(
  rows: readonly Pick<Transaction, 'date' | 'id'>[],
  wanted: Pick<Transaction, 'date' | 'id'>,
): number {
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const order = compareNewestFirst(rows[middle] as Transaction, wanted);
    if (order === 0) return middle;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
