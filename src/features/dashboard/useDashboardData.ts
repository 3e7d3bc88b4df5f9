import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { COLUMNS_SLICE, columnsBuilder, type TransactionColumns } from '../../core/analytics/columns';
import type { Account, Category } from '../../core/types';
import { nextTask } from '../../core/nextTask';
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
  const columns = useColumns(version);
  return useMemo(() => (columns && lists ? { ...lists, columns } : undefined), [columns, lists]);
}

/** The last columns built, for the store version they were built from (a page opened again reuses them). */
let built: { version: number; columns: TransactionColumns } | null = null;

/**
 * The store's rows as columns, built a slice of rows per task after a change: a million rows held the page for
 * 150 ms in one go. Until the new columns are ready the previous ones are shown.
 */
function useColumns(version: number | undefined): TransactionColumns | undefined {
  const [latest, setLatest] = useState(built);
  useEffect(() => {
    if (version === undefined || built?.version === version) return;
    let cancelled = false;
    const builder = columnsBuilder(db.store.all());
    const next = () => {
      if (cancelled) return;
      if (!builder.step(COLUMNS_SLICE)) {
        void nextTask().then(next);
        return;
      }
      built = { version, columns: builder.result() };
      setLatest(built);
    };
    next();
    return () => {
      cancelled = true;
    };
  }, [version]);
  if (version !== undefined && built?.version === version) return built.columns;
  return latest?.columns;
}
