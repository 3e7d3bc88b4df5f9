import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
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
 * The row shown for each stored transaction object, reused while the transaction and its names are unchanged:
 * an edit replaces only its own block's objects.
 */
const rowCache = new WeakMap<Transaction, TransactionRow>();

function rowFor(transaction: Transaction, names: RowNames): TransactionRow {
  const accountName = names.accountName(transaction.accountId);
  const categoryInfo = names.category(transaction.category);
  const cached = rowCache.get(transaction);
  if (cached && cached.accountName === accountName && cached.categoryInfo === categoryInfo) return cached;
  const row = {
    ...transaction,
    id: transaction.id ?? 0,
    accountName,
    categoryName: categoryInfo?.name ?? transaction.category,
    categoryInfo,
  };
  rowCache.set(transaction, row);
  return row;
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
