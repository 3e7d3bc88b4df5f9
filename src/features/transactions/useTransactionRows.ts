import { useLiveQuery } from 'dexie-react-hooks';
import type { SearchableTransaction } from '../../core/workspace/filter';
import type { Account, Category } from '../../core/types';
import { db } from '../../db/database';
import { useCategoryLocalizer } from '../../i18n';

export interface TransactionRow extends SearchableTransaction {
  id: number;
  categoryInfo: Category | undefined;
}

export interface WorkspaceData {
  rows: TransactionRow[];
  categories: Category[];
  accounts: Account[];
}

/** Every stored transaction, newest first, with its account and category resolved; plus the lists for filters. */
export function useWorkspaceData(): WorkspaceData | undefined {
  const localize = useCategoryLocalizer();
  return useLiveQuery(async () => {
    const [accounts, stored, transactions] = await Promise.all([
      db.accounts.toArray(),
      db.categories.toArray(),
      db.transactions.toArray(),
    ]);
    const categories = stored.map(localize);
    const accountNames = new Map(accounts.map((account) => [account.id, account.name]));
    const categoryById = new Map(categories.map((category) => [category.id, category]));
    transactions.sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : (b.id ?? 0) - (a.id ?? 0)));
    const rows = transactions.map((transaction) => {
      const categoryInfo = categoryById.get(transaction.category);
      return {
        ...transaction,
        id: transaction.id ?? 0,
        accountName: accountNames.get(transaction.accountId) ?? '',
        categoryName: categoryInfo?.name ?? transaction.category,
        categoryInfo,
      };
    });
    categories.sort((a, b) => a.name.localeCompare(b.name));
    return { rows, categories, accounts };
  }, [localize]);
}
