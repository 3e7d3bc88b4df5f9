import { addSums, type CurrencySums, sumByCurrency } from '../../core/workspace/currencySums';
import type { Transaction } from '../../core/types';
import { db } from '../../db/database';

/** Each block's sums, kept while the block is: after an edit only its block is summed again. */
const byBlock = new WeakMap<readonly Transaction[], CurrencySums>();
let stored: { version: number; sums: CurrencySums } | null = null;

function blockSums(block: readonly Transaction[]): CurrencySums {
  let sums = byBlock.get(block);
  if (!sums) {
    sums = sumByCurrency(block);
    byBlock.set(block, sums);
  }
  return sums;
}

/** The sums of every stored transaction, from the blocks' sums. */
export function storedSums(): CurrencySums {
  const version = db.store.getVersion();
  if (stored?.version !== version)
    stored = { version, sums: addSums([...db.store.blockArrays().values()].map(blockSums)) };
  return stored.sums;
}

/** The sums of the rows shown: of every stored row from the blocks when nothing filters, else of those rows. */
export function shownSums(rows: readonly Transaction[], everyRow: boolean): CurrencySums {
  return everyRow ? storedSums() : sumByCurrency(rows);
}
