import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDatabase, storedRows } from './testing';
import {
  renameTransactionMerchant,
  setCategoryForMany,
  setTransactionCategory,
  setTransactionNote,
  setTransactionSplits,
} from './transactionEdits';
import { seedTransactions } from './workspaceTesting';

describe('transaction edits', () => {
  it('sets a category by hand, for one or many', async () => {
    const db = freshDatabase();
    const [a, b, c] = await seedTransactions(db, [{ categorySource: 'model', confidence: 0.4 }, {}, {}]);
    await setTransactionCategory(db, a!, 'groceries');
    expect(await storedRows(db).get(a!)).toMatchObject({ category: 'groceries', categorySource: 'manual' });
    expect(await setCategoryForMany(db, [b!, c!], 'dining')).toBe(2);
    expect((await storedRows(db).bulkGet([b!, c!])).map((tx) => tx?.category)).toEqual(['dining', 'dining']);
  });

  it('renames the merchant and keeps the raw description', async () => {
    const db = freshDatabase();
    const [id] = await seedTransactions(db, [{ description: 'CB CRF CITY 12/01' }]);
    await renameTransactionMerchant(db, id!, '  Carrefour City ');
    expect(await storedRows(db).get(id!)).toMatchObject({
      merchant: 'Carrefour City',
      description: 'CB CRF CITY 12/01',
    });
  });

  it('stores and clears notes', async () => {
    const db = freshDatabase();
    const [id] = await seedTransactions(db, [{}]);
    await setTransactionNote(db, id!, 'dinner with Ana');
    expect((await storedRows(db).get(id!))?.note).toBe('dinner with Ana');
    await setTransactionNote(db, id!, '  ');
    expect((await storedRows(db).get(id!))?.note).toBeUndefined();
  });

  it('stores splits that add up and refuses others', async () => {
    const db = freshDatabase();
    const [id] = await seedTransactions(db, [{ amount: -1000 }]);
    const splits = [
      { category: 'groceries', amount: -700 },
      { category: 'shopping', amount: -300 },
    ];
    await setTransactionSplits(db, id!, splits);
    expect((await storedRows(db).get(id!))?.splits).toEqual(splits);
    await expect(
      setTransactionSplits(db, id!, [
        { category: 'groceries', amount: -700 },
        { category: 'shopping', amount: -200 },
      ]),
    ).rejects.toThrow();
    await setTransactionSplits(db, id!, []);
    expect((await storedRows(db).get(id!))?.splits).toBeUndefined();
    await setTransactionSplits(db, id!, splits);
    await setTransactionCategory(db, id!, 'health');
    expect((await storedRows(db).get(id!))?.splits).toBeUndefined();
  });
});

describe('the store keeps what depends only on the rows’ shape across edits', () => {
  it('reuses an order after a category edit and recomputes it when a row comes', async () => {
    const db = freshDatabase();
    const [id] = await seedTransactions(db, [{}, {}]);
    await db.store.ready();
    const order = db.store.deriveShape('ids', (rows) => rows.map((row) => row.id));
    await setTransactionCategory(db, id as number, 'groceries');
    expect(db.store.deriveShape('ids', (rows) => rows.map((row) => row.id))).toBe(order);
    expect(db.store.get(id as number)?.category).toBe('groceries');
    await seedTransactions(db, [{}]);
    expect(db.store.deriveShape('ids', (rows) => rows.map((row) => row.id))).toHaveLength(3);
  });
});
