import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportTransactionsCsv } from './exportTransactions';
import { freshDatabase, storedRows } from './testing';

describe('exportTransactionsCsv', () => {
  it('writes every stored transaction with account and category names', async () => {
    const db = freshDatabase();
    const accountId = await db.accounts.add({ name: 'Main', currency: 'EUR', createdAt: 0 });
    await storedRows(db).bulkAdd([
      {
        accountId,
        date: '2025-02-01',
        description: 'B',
        merchant: 'B',
        category: 'groceries',
        amount: -250,
        currency: 'EUR',
        balance: null,
        importId: 1,
        fingerprint: 'b',
      },
      {
        accountId,
        date: '2025-01-01',
        description: 'A',
        merchant: 'A',
        category: 'income',
        amount: 10000,
        currency: 'EUR',
        balance: 10000,
        importId: 1,
        fingerprint: 'a',
      },
    ]);
    expect((await exportTransactionsCsv(db)).split('\r\n')).toEqual([
      'date,account,description,merchant,category,amount,currency,balance',
      '2025-01-01,Main,A,A,Income,100.00,EUR,100.00',
      '2025-02-01,Main,B,B,Groceries,-2.50,EUR,',
      '',
    ]);
  });
});
