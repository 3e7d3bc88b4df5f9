import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { type AccountHistory, accountHistories } from '../../core/analytics/accountStandings';
import { COLUMNS_SLICE, columnsBuilder, type TransactionColumns } from '../../core/analytics/columns';
import type { Account, Category } from '../../core/types';
import { nextTask } from '../../core/nextTask';
import { db } from '../../db/database';
import { useCategoryLocalizer } from '../../i18n';
import { useDeferredAfterLoad } from '../../ui/useDeferredAfterLoad';
import { useVersionedSource } from '../../ui/useVersionedSource';

/** What the store's rows give, computed once per change of the store. */
interface StoreFigures {
  columns: TransactionColumns;
  histories: ReadonlyMap<number, AccountHistory>;
}

export interface AnalyticsData extends StoreFigures {
  accounts: Account[];
  categories: Category[];
}

/**
 * Every transaction as columns and every account's balances (computed once per change of the store), plus
 * accounts and categories.
 */
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
  const figures = useStoreFigures(version);
  return useMemo(() => (figures && lists ? { ...lists, ...figures } : undefined), [figures, lists]);
}

/** The last figures built, for the store version they were built from (a page opened again reuses them). */
let built: { version: number; figures: StoreFigures } | null = null;

/**
 * The store's rows as columns, built a slice of rows per task after a change (a million rows held the page for
 * 150 ms in one go), then the accounts' balances in a task of their own. Until they are ready the previous ones
 * are shown.
 */
function useStoreFigures(version: number | undefined): StoreFigures | undefined {
  const [latest, setLatest] = useState(built);
  useEffect(() => {
    if (version === undefined || built?.version === version) return;
    let cancelled = false;
    void (async () => {
      const builder = columnsBuilder(db.store.all());
      do {
        await nextTask();
        if (cancelled) return;
      } while (!builder.step(COLUMNS_SLICE));
      const columns = builder.result();
      await nextTask();
      if (cancelled) return;
      built = { version, figures: { columns, histories: accountHistories(columns) } };
      setLatest(built);
    })();
    return () => {
      cancelled = true;
    };
  }, [version]);
  if (version !== undefined && built?.version === version) return built.figures;
  return latest?.figures;
}
