import type { KeptDatabase } from './database';
import type { Transaction } from './records';
import { addTransactions } from './testing';

/** Stores transactions for a test with sensible defaults; returns their ids in order. */
export async function seedTransactions(
  db: KeptDatabase,
  rows: readonly Partial<Transaction>[],
): Promise<number[]> {
  const accountId = await db.accounts.add({ name: 'Main', currency: 'EUR', createdAt: 0 });
  return addTransactions(
    db,
    rows.map((row, index) => ({
      accountId,
      date: '2025-01-01',
      description: `CB SHOP ${index}`,
      merchant: 'Shop',
      category: 'uncategorized',
      amount: -1000,
      currency: 'EUR',
      balance: null,
      importId: 1,
      ...row,
    })),
  );
}
