import type { Transaction } from '../types';
import { matchingPositions, narrows, type TransactionFilter } from './filter';

/**
 * Filters one list again and again as a person types: when the new filter only narrows the last one over the same
 * rows ("wal" → "walgreens"), only the rows the last one kept are tested.
 */
export class IncrementalFilter<T extends Transaction> {
  private last: { rows: readonly T[]; filter: TransactionFilter; positions: Int32Array | undefined } | null =
    null;

  /** The rows that match, in their order (`rows` itself when nothing filters). */
  apply(rows: readonly T[], filter: TransactionFilter, textAt: (index: number) => string): readonly T[] {
    const last = this.last;
    const within =
      last && last.rows === rows && last.positions && narrows(last.filter, filter)
        ? last.positions
        : undefined;
    const positions = matchingPositions(rows, filter, textAt, within);
    this.last = { rows, filter, positions };
    return positions ? Array.from(positions, (index) => rows[index] as T) : rows;
  }
}
