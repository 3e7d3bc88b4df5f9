import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { KeptDatabase, SCHEMA_V1, SCHEMA_V3 } from './database';
import { readAllTables } from './backup';
import { addTransactions, storedRows } from './testing';

/** Rows as version 1 of Kept wrote them: one record each, fingerprints stored, links by id. */
function versionOneRows() {
  const base = {
    currency: 'EUR',
    balance: null,
    merchantKey: 'shop',
    kind: 'card',
    categorySource: 'knowledge',
  };
  return [
    {
      ...base,
      accountId: 1,
      importId: 1,
      date: '2024-01-31',
      description: 'CB SHOP',
      merchant: 'Shop',
      category: 'shopping',
      amount: -500,
      fingerprint: '2024-01-31|-500|cb shop',
      note: 'gift',
    },
    {
      ...base,
      accountId: 1,
      importId: 1,
      date: '2024-02-01',
      description: 'VIR LIVRET',
      merchant: 'Livret',
      category: 'transfers',
      amount: -10_000,
      fingerprint: 'x',
      transferPairId: 4,
      kind: 'transfer',
    },
    {
      ...base,
      accountId: 1,
      importId: 1,
      date: '2024-02-01',
      description: 'CB SHOP',
      merchant: 'Shop',
      category: 'groceries',
      amount: -700,
      fingerprint: 'y',
      splits: [
        { category: 'groceries', amount: -400 },
        { category: 'health', amount: -300 },
      ],
    },
    {
      ...base,
      accountId: 2,
      importId: 2,
      date: '2024-02-02',
      description: 'VIR DEPUIS COMPTE',
      merchant: 'Compte',
      category: 'transfers',
      amount: 10_000,
      fingerprint: 'z',
      transferPairId: 2,
      kind: 'transfer',
      balance: 10_000,
    },
  ];
}

describe('schema upgrades', () => {
  it('moves a version-1 database (one record per row) into blocks without losing or relinking anything', async () => {
    const name = `kept-migration-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.table('accounts').bulkAdd([
      { name: 'Checking', currency: 'EUR', createdAt: 1 },
      { name: 'Savings', currency: 'EUR', createdAt: 2 },
    ]);
    await old.table('transactions').bulkAdd(versionOneRows());
    await old.table('settings').bulkAdd([
      { key: 'analyticsCache', value: { stamp: 'x', columns: {} } },
      { key: 'categoryModel', value: { v: 1 } },
    ]);
    old.close();

    const current = new KeptDatabase(name);
    const rows = await storedRows(current).toArray();
    expect(rows.map((row) => row.id)).toEqual([1, 2, 3, 4]);
    const expected = versionOneRows().map((row, index) => {
      const { fingerprint: _derived, ...rest } = row;
      return { ...rest, id: index + 1 };
    });
    expect(rows).toEqual(expected);
    // One block per account and month.
    expect((await current.blocks.toCollection().primaryKeys()).sort()).toEqual([
      '1:2024-01',
      '1:2024-02',
      '2:2024-02',
    ]);
    // The derived cache is gone, what the person taught stays, and new ids continue after the old ones.
    const tables = await readAllTables(current);
    expect(tables.settings.map((row) => row.key)).toEqual(['categoryModel']);
    const [next] = await addTransactions(current, [{ ...(expected[0] as object), id: undefined } as never]);
    expect(next).toBe(5);
    await current.store.ready();
    expect(current.store.get(2)?.transferPairId).toBe(4);
    expect(current.store.get(3)?.splits).toHaveLength(2);
    current.close();
  });

  it('marks version-3 blocks whose rows came from one import, so undo deletes them unread', async () => {
    const name = `kept-migration-${Math.random()}`;
    const old = new Dexie(name);
    old.version(3).stores(SCHEMA_V3);
    const columns = (importIds: number[]) => ({
      id: importIds.map((_, index) => index + 1),
      importId: importIds,
      date: importIds.map(() => '2024-01-05'),
    });
    await old.table('blocks').bulkAdd([
      { key: '1:2024-01', accountId: 1, month: '2024-01', count: 2, columns: columns([7, 7]) },
      { key: '1:2024-02', accountId: 1, month: '2024-02', count: 2, columns: columns([7, 8]) },
    ]);
    old.close();

    const current = new KeptDatabase(name);
    expect(await current.blocks.where('soleImport').equals(7).primaryKeys()).toEqual(['1:2024-01']);
    expect((await current.blocks.get('1:2024-02'))?.soleImport).toBeUndefined();
    current.close();
  });
});
