import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { updateAccountSettings } from './accountSettings';
import { freshDatabase, storedRows } from './testing';

const row = (accountId: number, amount: number, balance: number | null) => ({
  accountId,
  date: '2025-03-01',
  description: 'CB SHOP',
  merchant: 'Shop',
  category: 'shopping',
  amount,
  currency: 'USD',
  balance,
  importId: 1,
  fingerprint: `${accountId}-${amount}`,
});

describe('updateAccountSettings', () => {
  it('moves an account and only its transactions to the right currency, rescaling minor units', async () => {
    const db = freshDatabase();
    const knab = await db.accounts.add({ name: 'Knab', currency: 'USD', createdAt: 0 });
    const other = await db.accounts.add({ name: 'Chase', currency: 'USD', createdAt: 0 });
    await storedRows(db).bulkAdd([row(knab, -640, 10_000), row(other, -500, null)]);
    expect(await updateAccountSettings(db, knab, { currency: 'eur' })).toBe(true);
    const rows = await storedRows(db).toArray();
    expect(rows.map((tx) => [tx.accountId, tx.currency, tx.amount])).toEqual([
      [knab, 'EUR', -640],
      [other, 'USD', -500],
    ]);
    expect((await db.accounts.get(knab))?.currency).toBe('EUR');
    await updateAccountSettings(db, knab, { currency: 'JPY' });
    expect((await storedRows(db).get(rows[0]?.id ?? 0))?.amount).toBe(-6);
  });

  it('sets and removes an opening balance', async () => {
    const db = freshDatabase();
    const id = await db.accounts.add({ name: 'Amex', currency: 'USD', createdAt: 0 });
    await updateAccountSettings(db, id, { openingBalance: -120_50 });
    expect((await db.accounts.get(id))?.openingBalance).toBe(-120_50);
    await updateAccountSettings(db, id, { openingBalance: null });
    expect((await db.accounts.get(id))?.openingBalance).toBeUndefined();
    expect(await updateAccountSettings(db, 999, { currency: 'EUR' })).toBe(false);
  });
});
