import type { Transaction } from '../types';
import { matchingPositions, narrows, type TransactionFilter } from './filter';

/** How many rows a narrowing may test again and still be cheap (about a millisecond). */
const CHEAP_ROWS = 20_000;

/** Rows made from earlier rows by replacing a few in place (an edit): only those positions need a new look. */
export interface PatchedFrom<T> {
  rows: readonly T[];
  /** Positions that hold a new row. */
  changed: readonly number[];
}

/** `kept` without the positions in `dropped`, plus those in `added`; all ascending. */
function mergePositions(kept: Int32Array, dropped: Int32Array, added: Int32Array): Int32Array {
  const out = new Int32Array(kept.length + added.length);
  let size = 0;
  let d = 0;
  let a = 0;
  for (const position of kept) {
    while (d < dropped.length && (dropped[d] as number) < position) d += 1;
    if (d < dropped.length && dropped[d] === position) continue;
    while (a < added.length && (added[a] as number) < position) out[size++] = added[a++] as number;
    out[size++] = position;
  }
  while (a < added.length) out[size++] = added[a++] as number;
  return out.slice(0, size);
}

/**
 * Filters one list again and again: when the new filter only narrows the last one over the same rows ("wal" →
 * "walgreens"), only the rows the last one kept are tested; when an edit replaced a few rows and the filter is
 * the same, only those rows are.
 */
export class IncrementalFilter<T extends Transaction> {
  private last: { rows: readonly T[]; filter: TransactionFilter; positions: Int32Array | undefined } | null =
    null;

  /** True when `filter` only narrows the last result over `rows`, and that result is small (quick to test again). */
  narrowsCheaply(rows: readonly T[], filter: TransactionFilter): boolean {
    const last = this.last;
    return (
      last !== null &&
      last.rows === rows &&
      last.positions !== undefined &&
      last.positions.length <= CHEAP_ROWS &&
      narrows(last.filter, filter)
    );
  }

  /** The rows that match, in their order (`rows` itself when nothing filters). */
  apply(
    rows: readonly T[],
    filter: TransactionFilter,
    textAt: (index: number) => string,
    patchedFrom?: PatchedFrom<T>,
  ): readonly T[] {
    const positions = this.positions(rows, filter, textAt, patchedFrom);
    this.last = { rows, filter, positions };
    return positions ? Array.from(positions, (index) => rows[index] as T) : rows;
  }

  private positions(
    rows: readonly T[],
    filter: TransactionFilter,
    textAt: (index: number) => string,
    patchedFrom: PatchedFrom<T> | undefined,
  ): Int32Array | undefined {
    const last = this.last;
    if (last?.positions && last.rows === rows && narrows(last.filter, filter))
      return matchingPositions(rows, filter, textAt, last.positions);
    if (
      last?.positions &&
      patchedFrom?.rows === last.rows &&
      narrows(last.filter, filter) &&
      narrows(filter, last.filter)
    ) {
      const changed = Int32Array.from(patchedFrom.changed).sort();
      const matched = matchingPositions(rows, filter, textAt, changed) ?? changed;
      return mergePositions(last.positions, changed, matched);
    }
    return matchingPositions(rows, filter, textAt);
  }
}
