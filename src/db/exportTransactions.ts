import { transactionsToCsv } from '../core/export/transactionsCsv';
import type { KeptDatabase } from './database';

/** All stored transactions as the DESIGN.md CSV, oldest first, category names as the person sees them. */
export async function exportTransactionsCsv(db: KeptDatabase): Promise<string> {
  await db.store.ready();
  const [accounts, categories] = await Promise.all([db.accounts.toArray(), db.categories.toArray()]);
  const accountNames = new Map(accounts.map((account) => [account.id, account.name]));
  const categoryNames = new Map(categories.map((category) => [category.id, category.name]));
  const transactions = [...db.store.all()];
  transactions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.id ?? 0) - (b.id ?? 0)));
  return transactionsToCsv(
    transactions.map((transaction) => ({
      date: transaction.date,
      account: accountNames.get(transaction.accountId) ?? '',
      description: transaction.description,
      merchant: transaction.merchant,
      category: categoryNames.get(transaction.category) ?? transaction.category,
      amount: transaction.amount,
      currency: transaction.currency,
      balance: transaction.balance,
    })),
  );
}
