import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo } from 'react';
import { toColumns, type TransactionColumns } from '../../core/analytics/columns';
import type { Account, Category } from '../../core/types';
import { db } from '../../db/database';
import { useCategoryLocalizer } from '../../i18n';
import { useDeferredAfterLoad } from '../../ui/useDeferredAfterLoad';
import { useVersionedSource } from '../../ui/useVersionedSource';

export interface AnalyticsData {
  columns: TransactionColumns;
  accounts: Account[];
  categories: Category[];
}

/** Every transaction as columns (computed once per change of the store) plus accounts and categories. */
export function useDashboardData(): AnalyticsData | undefined {
  const localize = useCategoryLocalizer();
  // Every figure is recomputed from the whole history on a change: after an import or an edit, the rest of the
  // page paints first.
  const version = useDeferredAfterLoad(useVersionedSource(db.store));
  // Deferred from the start: the accounts arriving (e.g. with an import's first rows) re-render at low priority.
  const lists = useDeferredValue(
    useLiveQuery(async () => {
      const [accounts, categories] = await Promise.all([db.accounts.toArray(), db.categories.toArray()]);
      return { accounts, categories: categories.map(localize) };
    }, [localize]),
  );
  return useMemo(
    () =>
      version === undefined || !lists
        ? undefined
        : { ...lists, columns: db.store.derive('columns', (rows) => toColumns(rows)) },
    [version, lists],
  );
}
