import type { Transaction } from '../core/types';
import type { KeptDatabase } from './database';
import { updateTransactions } from './transactionEdits';

/** What a bulk edit sets on every selected transaction (fields left out stay as they are). */
export interface BulkChange {
  merchant?: string;
  category?: string;
  /** An empty note removes the notes. */
  note?: string;
}

type Snapshot = Pick<
  Transaction,
  'merchant' | 'category' | 'categorySource' | 'confidence' | 'splits' | 'note'
>;

/** What the rows were before a bulk edit, so it can be undone exactly. */
export interface BulkUndo {
  before: { id: number; fields: Snapshot }[];
}

const FIELDS = ['merchant', 'category', 'categorySource', 'confidence', 'splits', 'note'] as const;

function snapshot(transaction: Transaction): Snapshot {
  const fields: Snapshot = { merchant: transaction.merchant, category: transaction.category };
  for (const key of FIELDS)
    if (transaction[key] !== undefined) Object.assign(fields, { [key]: transaction[key] });
  return fields;
}

/**
 * Sets the merchant, category and/or note of many transactions in one database transaction and returns what
 * they were, for Undo. A category chosen here is the person's ('manual') and replaces any split.
 */
export async function bulkEdit(
  db: KeptDatabase,
  ids: readonly number[],
  change: BulkChange,
): Promise<BulkUndo> {
  const merchant = change.merchant?.trim();
  const note = change.note?.trim();
  let before: BulkUndo['before'] = [];
  await updateTransactions(
    db,
    ids,
    (original) => {
      const row = { ...original };
      before.push({ id: row.id as number, fields: snapshot(original) });
      if (merchant) row.merchant = merchant;
      if (change.category) {
        row.category = change.category;
        row.categorySource = 'manual';
        row.confidence = 1;
        delete row.splits;
      }
      if (note !== undefined) {
        if (note) row.note = note;
        else delete row.note;
      }
      return row;
    },
    () => (before = []),
  );
  return { before };
}

/** Puts the rows of a bulk edit back as they were (rows deleted since are left alone). */
export async function undoBulkEdit(db: KeptDatabase, undo: BulkUndo): Promise<number> {
  const fieldsById = new Map(undo.before.map((entry) => [entry.id, entry.fields]));
  return updateTransactions(db, [...fieldsById.keys()], (row) => {
    const fields = fieldsById.get(row.id as number);
    if (!fields) return undefined;
    const restored = { ...row };
    for (const key of FIELDS) delete restored[key];
    return { ...restored, ...fields };
  });
}
