import { useLiveQuery } from 'dexie-react-hooks';
import type { Category, Transaction } from '../../core/types';
import { db } from '../../db/database';

export interface TransactionRow extends Transaction {
  accountName: string;
  categoryInfo: Category | undefined;
}

/** Every stored transaction, newest first, with its account and category resolved. */
export function useTransactionRows(): TransactionRow[] | undefined {
  return useLiveQuery(async () => {
    const [accounts, categories, transactions] = await Promise.all([
      db.accounts.toArray(),
      db.categories.toArray(),
      db.transactions.toArray(),
    ]);
    const accountNames = new Map(accounts.map((account) => [account.id, account.name]));
    const categoryById = new Map(categories.map((category) => [category.id, category]));
    transactions.sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : (b.id ?? 0) - (a.id ?? 0)));
    return transactions.map((transaction) => ({
      ...transaction,
      accountName: accountNames.get(transaction.accountId) ?? '',
      categoryInfo: categoryById.get(transaction.category),
    }));
  }, []);
}
