import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { KeptDatabase, SCHEMA_V1 } from './database';

/**
 * The pattern for every schema change: write data with the previous version's schema (a bare Dexie with the old
 * stores), then open it with the current KeptDatabase and check the data survived the upgrade.
 */
describe('schema upgrades', () => {
  it('opens a version-1 database written by an earlier release without losing data', async () => {
    const name = `kept-migration-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.table('accounts').add({ name: 'Old', currency: 'EUR', createdAt: 1 });
    await old.table('transactions').add({
      accountId: 1,
      date: '2024-01-02',
      description: 'X',
      merchant: 'X',
      category: 'uncategorized',
      amount: -5,
      currency: 'EUR',
      balance: null,
      importId: 1,
      fingerprint: 'f',
    });
    old.close();

    const current = new KeptDatabase(name);
    expect(await current.accounts.count()).toBe(1);
    expect((await current.transactions.toArray())[0]?.amount).toBe(-5);
    current.close();
  });
});
