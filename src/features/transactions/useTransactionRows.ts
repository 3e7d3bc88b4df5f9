import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import type { SearchableTransaction } from '../../core/workspace/filter';
import type { PatchedFrom } from '../../core/workspace/incrementalFilter';
import type { Account, Category, Transaction } from '../../core/types';
import { db } from '../../db/database';
import { useCategoryLocalizer } from '../../i18n';
import { useVersionedSource } from '../../ui/useVersionedSource';
import { type RowNames, WorkspaceRowsKeeper } from './workspaceRows';

export interface TransactionRow extends SearchableTransaction {
  id: number;
  categoryInfo: Category | undefined;
}

export interface WorkspaceData {
  rows: readonly TransactionRow[];
  /** The folded search text of `rows[index]` (see searchTextOf). */
  textAt: (index: number) => string;
  /** When an edit made `rows` from the previous rows: those, and the positions that changed. */
  patchedFrom?: PatchedFrom<TransactionRow>;
  categories: Category[];
  accounts: Account[];
}

/**
 * The row shown for a stored transaction: its account's name and its category resolved. (Rows are kept across
 * edits by WorkspaceRowsKeeper; a cache by transaction object cost more, in lookups and in garbage collection of
 * 100,000 weak entries, than making rows again when rows come or go.)
 */
function rowFor(transaction: Transaction, names: RowNames): TransactionRow {
  const categoryInfo = names.category(transaction.category);
  return {
    ...transaction,
    id: transaction.id ?? 0,
    accountName: names.accountName(transaction.accountId),
    categoryName: categoryInfo?.name ?? transaction.category,
    categoryInfo,
  };
}

/** Every stored transaction, newest first, with its account and category resolved; plus the lists for filters. */
export function useWorkspaceData(): WorkspaceData | undefined {
  const localize = useCategoryLocalizer();
  const version = useVersionedSource(db.store);
  const lists = useLiveQuery(async () => {
    const [accounts, stored] = await Promise.all([db.accounts.toArray(), db.categories.toArray()]);
    const categories = stored.map(localize);
    return { accounts, categories: [...categories].sort((a, b) => a.name.localeCompare(b.name)) };
  }, [localize]);
  useEffect(() => {
    if (version === undefined || lists) return;
    // While the names load from IndexedDB, put the rows in order (the longest part of the first rows' render).
    const timer = setTimeout(() => db.store.newestFirst(), 0);
    return () => clearTimeout(timer);
  }, [version, lists]);
  const keeper = useMemo(() => {
    if (!lists) return undefined;
    const accountNames = new Map(lists.accounts.map((account) => [account.id, account.name]));
    const categoryById = new Map(lists.categories.map((category) => [category.id, category]));
    const names: RowNames = {
      accountName: (id) => accountNames.get(id) ?? '',
      category: (id) => categoryById.get(id),
    };
    return new WorkspaceRowsKeeper(db.store, (transaction) => rowFor(transaction, names));
  }, [lists]);
  // The keeper hands back the same rows when a version changed nothing they show: the data stays the same object.
  const current = useMemo(
    () => (version === undefined || !keeper ? undefined : keeper.current()),
    [version, keeper],
  );
  return useMemo(
    () =>
      current && lists ? { ...current, categories: lists.categories, accounts: lists.accounts } : undefined,
    [current, lists],
  );
}
