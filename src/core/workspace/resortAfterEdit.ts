import type { Transaction } from '../types';
import { narrows, type Sort, sortOrder, sortTransactions, type TransactionFilter } from './filter';
import type { PatchedFrom } from './incrementalFilter';

/**
 * `next` (the filtered rows after an edit) in `sort`'s order, from `sorted` (the rows before it, in that order):
 * only rows with one of `changedIds` can have come, gone or changed, so they are taken out and put back in their
 * places, instead of sorting 100,000 rows again for one new category.
 */
export function resortAfterEdit<T extends Transaction>(
  sorted: readonly T[],
  next: readonly T[],
  changedIds: ReadonlySet<number>,
  sort: Sort,
): T[] {
  const order = sortOrder(sort);
  const kept = sorted.filter((row) => !changedIds.has(row.id ?? -1));
  const back = next.filter((row) => changedIds.has(row.id ?? -1)).sort(order);
  if (back.length === 0) return kept;
  const out: T[] = [];
  let from = 0;
  for (const row of back) {
    let low = from;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (order(kept[middle] as T, row) < 0) low = middle + 1;
      else high = middle;
    }
    for (let index = from; index < low; index += 1) out.push(kept[index] as T);
    out.push(row);
    from = low;
  }
  for (let index = from; index < kept.length; index += 1) out.push(kept[index] as T);
  return out;
}

const isNewestFirst = (sort: Sort) => sort.key === 'date' && sort.direction === 'desc';

/** Keeps a sorted view of filtered rows across edits (see resortAfterEdit); rows come newest first already. */
export class IncrementalSort<T extends Transaction> {
  private last: { rows: readonly T[]; filter: TransactionFilter; sort: Sort; shown: readonly T[] } | null =
    null;

  /**
   * `filtered` (from `rows` by `filter`) in `sort`'s order. When an edit made `rows` from the last rows
   * (`patchedFrom`) under the same filter and order, only the changed rows are put in place.
   */
  apply(
    rows: readonly T[],
    filter: TransactionFilter,
    filtered: readonly T[],
    sort: Sort,
    patchedFrom?: PatchedFrom<T>,
  ): readonly T[] {
    const last = this.last;
    let shown: readonly T[];
    if (isNewestFirst(sort)) shown = filtered;
    else if (
      last &&
      patchedFrom?.rows === last.rows &&
      last.sort.key === sort.key &&
      last.sort.direction === sort.direction &&
      narrows(last.filter, filter) &&
      narrows(filter, last.filter)
    ) {
      const changedIds = new Set(patchedFrom.changed.map((position) => rows[position]?.id ?? -1));
      shown = resortAfterEdit(last.shown, filtered, changedIds, sort);
    } else shown = sortTransactions(filtered, sort);
    this.last = { rows, filter, sort, shown };
    return shown;
  }
}
