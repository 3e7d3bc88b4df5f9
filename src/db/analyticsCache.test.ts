import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadAnalytics } from './analyticsCache';
import { freshDatabase } from './testing';

const tx = (date: string, amount: number) => ({
  accountId: 1,
  date,
  description: 'x',
  merchant: 'x',
  category: 'groceries',
  amount,
  currency: 'EUR',
  balance: null,
  importId: 1,
  fingerprint: `${date}${amount}`,
});

describe('loadAnalytics', () => {
  it('serves cached columns until a write makes them stale', async () => {
    const db = freshDatabase();
    await db.transactions.bulkAdd([tx('2025-01-01', -1), tx('2025-01-02', -2)]);
    const first = await loadAnalytics(db);
    expect(first.columns.length).toBe(2);

    await new Promise((resolve) => setTimeout(resolve, 20));
    const cached = await db.settings.get('analyticsCache');
    expect(cached).toBeDefined();
    expect((await loadAnalytics(db)).columns.amount).toEqual(first.columns.amount);

    const id = (await db.transactions.toArray())[0]?.id as number;
    await db.transactions.update(id, { category: 'dining' });
    const after = await loadAnalytics(db);
    expect(after.columns.categories).toContain('dining');
  });
});
