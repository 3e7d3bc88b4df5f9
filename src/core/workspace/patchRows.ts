import type { Transaction } from '../types';
import { positionNewestFirst } from './newestFirst';

export interface PatchedRows<T> {
  rows: T[];
  /** Positions (in `rows`) of the rows that changed. */
  changed: number[];
}

/**
 * The view's rows (one per stored transaction, newest first) after an edit, from the blocks before and after it:
 * only the rows of blocks whose array was replaced are looked at, each found where its date and id place it, and
 * `remake` gives its row (the one there before when nothing it shows changed: the array stays the same when no row
 * did). Null when rows came, went or moved (a block appeared or vanished, a row is not where it was).
 */
export function patchChangedBlocks<T extends Pick<Transaction, 'date' | 'id'>>(
  rows: readonly T[],
  before: ReadonlyMap<string, readonly Transaction[]>,
  after: ReadonlyMap<string, readonly Transaction[]>,
  remake: (tx: Transaction, before: T) => T,
): PatchedRows<T> | null {
  if (before.size !== after.size) return null;
  let next: T[] | null = null;
  const changed: number[] = [];
  for (const [key, block] of after) {
    const old = before.get(key);
    if (old === block) continue;
    if (!old || old.length !== block.length) return null;
    for (const tx of block) {
      const position = positionNewestFirst(rows, tx);
      if (position < 0) return null;
      const row = remake(tx, rows[position] as T);
      if (row === rows[position]) continue;
      next ??= rows.slice();
      next[position] = row;
      changed.push(position);
    }
  }
  return { rows: next ?? (rows as T[]), changed };
}
