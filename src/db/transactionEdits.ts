import type { Transaction, TransactionSplit } from '../core/types';
import { checkSplits } from '../core/workspace/splits';
import type { KeptDatabase } from './database';
import { storeWrite } from './store/storeWrite';

/**
 * Changes some transactions by id in one IndexedDB transaction (shown at once in the page). `patch` returns the
 * changed row, or undefined to leave it. Returns how many rows changed.
 */
export async function updateTransactions(
  db: KeptDatabase,
  ids: readonly number[],
  patch: (row: Transaction) => Transaction | undefined,
  /** Called before the IndexedDB pass (the preview ran `patch` once already): reset what `patch` collects. */
  beforeStore?: () => void,
): Promise<number> {
  await db.store.ready();
  const wanted = new Set(ids);
  const keys = new Set(ids.flatMap((id) => db.store.keyOf(id) ?? []));
  let changed = 0;
  const change = (rows: Transaction[]) => {
    let touched = false;
    const next = rows.map((row) => {
      if (!wanted.has(row.id as number)) return row;
      const updated = patch(row);
      if (!updated) return row;
      touched = true;
      changed += 1;
      return updated;
    });
    return touched ? next : undefined;
  };
  await storeWrite(
    db,
    [],
    async (writer) => {
      changed = 0;
      beforeStore?.();
      await writer.rewrite(keys, change);
    },
    { keys, change },
  );
  return changed;
}

/** One transaction as the page holds it (undefined when unknown). */
export async function getTransaction(db: KeptDatabase, id: number): Promise<Transaction | undefined> {
  await db.store.ready();
  return db.store.get(id);
}

function withoutField<K extends keyof Transaction>(row: Transaction, field: K): Transaction {
  const copy = { ...row };
  delete copy[field];
  return copy;
}

/** The person chose this category for this one transaction: it is 'manual' and never overwritten by learning. */
export async function setTransactionCategory(db: KeptDatabase, id: number, category: string): Promise<void> {
  await setCategoryForMany(db, [id], category);
}

/** Bulk "recategorize": each selected transaction gets the category by hand. Returns how many changed. */
export async function setCategoryForMany(
  db: KeptDatabase,
  ids: readonly number[],
  category: string,
): Promise<number> {
  return updateTransactions(db, ids, (row) => ({
    ...withoutField(row, 'splits'),
    category,
    categorySource: 'manual',
    confidence: 1,
  }));
}

/** Renames the merchant shown for one transaction (the raw description stays as the bank wrote it). */
export async function renameTransactionMerchant(db: KeptDatabase, id: number, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) return;
  await updateTransactions(db, [id], (row) => ({ ...row, merchant: trimmed }));
}

/** Sets (or clears, with blank text) the note of a transaction. */
export async function setTransactionNote(db: KeptDatabase, id: number, note: string): Promise<void> {
  const trimmed = note.trim();
  await updateTransactions(db, [id], (row) =>
    trimmed ? { ...row, note: trimmed } : withoutField(row, 'note'),
  );
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
  const row = await getTransaction(db, id);
  if (!row) return;
  if (splits.length > 0 && checkSplits(row.amount, splits).problems.length > 0)
    throw new Error('The split does not add up.');
  await updateTransactions(db, [id], (current) =>
    splits.length === 0
      ? withoutField(current, 'splits')
      : { ...current, splits: splits.map((split) => ({ ...split })) },
  );
}
