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

const newestFirst = (a: Transaction, b: Transaction) =>
  a.date > b.date ? -1 : a.date < b.date ? 1 : (b.id ?? 0) - (a.id ?? 0);

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
    const sorted = db.store.derive('newestFirst', (all) => [...all].sort(newestFirst));
    const rows = sorted.map((transaction) => {
      const categoryInfo = categoryById.get(transaction.category);
      return {
        ...transaction,
        id: transaction.id ?? 0,
        accountName: accountNames.get(transaction.accountId) ?? '',
        categoryName: categoryInfo?.name ?? transaction.category,
        categoryInfo,
      };
    });
    return { rows, categories: [...categories].sort((a, b) => a.name.localeCompare(b.name)), accounts };
  }, [version, lists]);
}
