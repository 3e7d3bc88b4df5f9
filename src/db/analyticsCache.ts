import { toColumns, type TransactionColumns } from '../core/analytics/columns';
import type { Account, Category } from '../core/types';
import { currentStamp } from './changeStamp';
import type { KeptDatabase } from './database';

const CACHE_KEY = 'analyticsCache';

interface CacheRecord {
  stamp: string;
  columns: TransactionColumns;
}

export interface AnalyticsData {
  columns: TransactionColumns;
  accounts: Account[];
  categories: Category[];
}

/**
 * Rebuilds the columns from every stored transaction and keeps them for the next visit. The save runs on its own
 * (after a timeout) because live queries may only read.
 */
export async function rebuildAnalyticsCache(db: KeptDatabase): Promise<TransactionColumns> {
  const stamp = currentStamp();
  const columns = toColumns(await db.transactions.toArray());
  setTimeout(() => {
    if (currentStamp() === stamp)
      void db.settings.put({ key: CACHE_KEY, value: { stamp, columns } satisfies CacheRecord });
  }, 0);
  return columns;
}

/**
 * What the dashboard computes from. Reads the cached columns when nothing changed since they were built (fast);
 * otherwise rebuilds them. Always touches `transactions` (a cheap count) so live queries re-run on any change.
 */
export async function loadAnalytics(db: KeptDatabase): Promise<AnalyticsData> {
  const [cached, accounts, categories, count] = await Promise.all([
    db.settings.get(CACHE_KEY),
    db.accounts.toArray(),
    db.categories.toArray(),
    db.transactions.count(),
  ]);
  const record = cached?.value as CacheRecord | undefined;
  const fresh = record && record.stamp === currentStamp() && record.columns.length === count;
  const columns = fresh ? record.columns : await rebuildAnalyticsCache(db);
  return { columns, accounts, categories };
}
