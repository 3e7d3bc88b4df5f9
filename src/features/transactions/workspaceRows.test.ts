import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { searchTextOf } from '../../core/workspace/filter';
import type { Transaction } from '../../core/types';
import { addTransactions, freshDatabase } from '../../db/testing';
import { setTransactionCategory, setTransactionNote } from '../../db/transactionEdits';
import { seedTransactions } from '../../db/workspaceTesting';
import type { TransactionRow } from './useTransactionRows';
import { WorkspaceRowsKeeper } from './workspaceRows';

const toRow = (tx: Transaction): TransactionRow => ({
  ...tx,
  id: tx.id ?? 0,
  accountName: 'Main',
  categoryName: tx.category,
  categoryInfo: undefined,
});

/** Rows over two months of one account and a few same-day runs, in the bank's (oldest first) order. */
const seed = [
  { date: '2025-01-31', merchant: 'Walgreens', description: 'WALGREENS #4102' },
  { date: '2025-01-31', merchant: 'Café Zéro', description: 'CB CAFE ZERO' },
  { date: '2025-02-01', merchant: 'Shell', description: 'SHELL OIL 5741' },
  { date: '2025-02-14', merchant: 'Walmart', description: 'WAL-MART #12' },
  { date: '2025-02-14', merchant: 'Target', description: 'TARGET T-1021' },
];

describe('WorkspaceRowsKeeper', () => {
  it('after an edit makes again only the edited row, and searches the new text', async () => {
    const db = freshDatabase();
    const ids = await seedTransactions(db, seed);
    await db.store.ready();
    const keeper = new WorkspaceRowsKeeper(db.store, toRow);
    const before = keeper.current();
    expect(before.rows.map((row) => row.merchant)).toEqual([
      'Target',
      'Walmart',
      'Shell',
      'Café Zéro',
      'Walgreens',
    ]);
    const texts = before.rows.map((_, index) => before.textAt(index));
    expect(keeper.current()).toBe(before);

    await setTransactionNote(db, ids[2] as number, 'Road trip to Lyon');
    const after = keeper.current();
    const changed = after.rows.filter((row, index) => row !== before.rows[index]);
    expect(changed.map((row) => row.id)).toEqual([ids[2]]);
    expect(after.patchedFrom).toEqual({ rows: before.rows, changed: [2] });
    expect(after.rows).toEqual(db.store.newestFirst().map(toRow));
    expect(after.textAt(2)).toContain('road trip to lyon');
    after.rows.forEach((row, index) => expect(after.textAt(index)).toBe(searchTextOf(row)));
    expect(after.textAt(0)).toBe(texts[0]);
  });

  it('keeps the same rows when a write changed nothing they show', async () => {
    const db = freshDatabase();
    const ids = await seedTransactions(db, seed);
    await db.store.ready();
    const keeper = new WorkspaceRowsKeeper(db.store, toRow);
    await setTransactionCategory(db, ids[0] as number, 'health');
    const edited = keeper.current();
    // The same category again: the block is written (and copied) anew, its rows are as they were.
    await setTransactionCategory(db, ids[0] as number, 'health');
    expect(keeper.current().rows).toBe(edited.rows);
  });

  it('makes every row again when rows come', async () => {
    const db = freshDatabase();
    const [first] = await seedTransactions(db, seed);
    await db.store.ready();
    const keeper = new WorkspaceRowsKeeper(db.store, toRow);
    keeper.current();
    await addTransactions(db, [
      {
        ...(db.store.get(first as number) as Transaction),
        id: undefined,
        date: '2025-02-02',
        merchant: 'New',
      },
    ]);
    expect(keeper.current().rows.map((row) => row.merchant)).toEqual([
      'Target',
      'Walmart',
      'New',
      'Shell',
      'Café Zéro',
      'Walgreens',
    ]);
  });
});
