import type { TransactionSplit } from '../core/types';
import { checkSplits } from '../core/workspace/splits';
import type { KeptDatabase } from './database';

/** The person chose this category for this one transaction: it is 'manual' and never overwritten by learning. */
export async function setTransactionCategory(db: KeptDatabase, id: number, category: string): Promise<void> {
  await db.transactions.update(id, { category, categorySource: 'manual', confidence: 1, splits: undefined });
}

/** Bulk "recategorize": each selected transaction gets the category by hand. Returns how many changed. */
export async function setCategoryForMany(
  db: KeptDatabase,
  ids: readonly number[],
  category: string,
): Promise<number> {
  return db.transaction('rw', db.transactions, async () => {
    let changed = 0;
    for (const id of ids) {
      changed += await db.transactions.update(id, {
        category,
        categorySource: 'manual',
        confidence: 1,
        splits: undefined,
      });
    }
    return changed;
  });
}

/** Renames the merchant shown for one transaction (the raw description stays as the bank wrote it). */
export async function renameTransactionMerchant(db: KeptDatabase, id: number, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) return;
  await db.transactions.update(id, { merchant: trimmed });
}

/** Sets (or clears, with blank text) the note of a transaction. */
export async function setTransactionNote(db: KeptDatabase, id: number, note: string): Promise<void> {
  const trimmed = note.trim();
  await db.transactions.update(id, { note: trimmed || undefined });
}

/**
 * Stores a split; the parts must add up to the amount (else it throws: the dialog never lets that through).
 * An empty list removes the split.
 */
export async function setTransactionSplits(
  db: KeptDatabase,
  id: number,
  splits: readonly TransactionSplit[],
): Promise<void> {
  await db.transaction('rw', db.transactions, async () => {
    const tx = await db.transactions.get(id);
    if (!tx) return;
    if (splits.length === 0) {
      await db.transactions.update(id, { splits: undefined });
      return;
    }
    if (checkSplits(tx.amount, splits).problems.length > 0) throw new Error('The split does not add up.');
    await db.transactions.update(id, { splits: splits.map((split) => ({ ...split })) });
  });
}
