import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { SearchableTransaction } from '../../core/workspace/filter';
import type { Account, Category, Transaction } from '../../core/types';
import { db } from '../../db/database';
import { useCategoryLocalizer } from '../../i18n';
import { useVersionedSource } from '../../ui/useVersionedSource';

export interface TransactionRow extends SearchableTransaction {
  id: number;
  categoryInfo: Category | undefined;
}

export interface WorkspaceData {
  rows: TransactionRow[];
  categories: Category[];
  accounts: Account[];
}

/**
 * The row shown for each stored transaction object, reused while the transaction and its names are unchanged:
 * an edit replaces only its own block's objects, so the search's per-row folded text (cached by object) survives.
 */
const rowCache = new WeakMap<Transaction, TransactionRow>();

function rowFor(
  transaction: Transaction,
  accountName: string,
  categoryInfo: Category | undefined,
): TransactionRow {
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
    return { accounts, categories: stored.map(localize) };
  }, [localize]);
  return useMemo(() => {
    if (version === undefined || !lists) return undefined;
    const { accounts, categories } = lists;
    const accountNames = new Map(accounts.map((account) => [account.id, account.name]));
    const categoryById = new Map(categories.map((category) => [category.id, category]));
    const sorted = db.store.newestFirst();
    const rows = sorted.map((transaction) =>
      rowFor(
        transaction,
        accountNames.get(transaction.accountId) ?? '',
        categoryById.get(transaction.category),
      ),
    );
    return { rows, categories: [...categories].sort((a, b) => a.name.localeCompare(b.name)), accounts };
  }, [version, lists]);
}
