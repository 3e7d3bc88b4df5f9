import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { bulkEdit, undoBulkEdit } from './bulkEdits';
import { freshDatabase, storedRows } from './testing';

const row = (merchant: string, extra: object = {}) => ({
  accountId: 1,
  date: '2025-03-01',
  description: `CB ${merchant.toUpperCase()} 0103`,
  merchant,
  category: 'uncategorized',
  amount: -1599,
  currency: 'EUR',
  balance: null,
  importId: 1,
  fingerprint: merchant,
  ...extra,
});

describe('bulkEdit', () => {
  it('renames, recategorizes and notes many rows, and Undo puts every field back', async () => {
    const db = freshDatabase();
    const ids = (await storedRows(db).bulkAdd([
      row('Amzn Mktp'),
      row('AMAZON', { note: 'gift', category: 'shopping', categorySource: 'model', confidence: 0.6 }),
      row('Split shop', { splits: [{ category: 'groceries', amount: -1599 }] }),
    ])) as number[];
    const undo = await bulkEdit(db, ids, { merchant: ' Amazon ', category: 'shopping', note: 'Christmas' });
    const edited = await storedRows(db).bulkGet(ids);
    expect(
      edited.map((tx) => [tx?.merchant, tx?.category, tx?.categorySource, tx?.note, tx?.splits]),
    ).toEqual([
      ['Amazon', 'shopping', 'manual', 'Christmas', undefined],
      ['Amazon', 'shopping', 'manual', 'Christmas', undefined],
      ['Amazon', 'shopping', 'manual', 'Christmas', undefined],
    ]);
    expect(await undoBulkEdit(db, undo)).toBe(3);
    const back = await storedRows(db).bulkGet(ids);
    expect(back[0]).toMatchObject({ merchant: 'Amzn Mktp', category: 'uncategorized' });
    expect(back[0]?.note).toBeUndefined();
    expect(back[0]?.categorySource).toBeUndefined();
    expect(back[1]).toMatchObject({
      merchant: 'AMAZON',
      note: 'gift',
      categorySource: 'model',
      confidence: 0.6,
    });
    expect(back[2]?.splits).toEqual([{ category: 'groceries', amount: -1599 }]);
  });

  it('leaves fields that were not asked for, and removes notes when given an empty one', async () => {
    const db = freshDatabase();
    const [id = 0] = await storedRows(db).bulkAdd([row('Café', { note: 'old' })]);
    await bulkEdit(db, [id], { note: '' });
    const after = await storedRows(db).get(id);
    expect(after).toMatchObject({ merchant: 'Café', category: 'uncategorized' });
    expect(after?.note).toBeUndefined();
  });
});
