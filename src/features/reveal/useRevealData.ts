import { useLiveQuery } from 'dexie-react-hooks';
import type { Account, Category, Transaction } from '../../core/types';
import { db } from '../../db/database';
import { useCategoryLocalizer } from '../../i18n';

export interface RevealData {
  transactions: Transaction[];
  accounts: Account[];
  categories: Category[];
}

/** Every stored transaction, account and category (names in the interface language); re-runs on any change. */
export function useRevealData(): RevealData | undefined {
  const localize = useCategoryLocalizer();
  return useLiveQuery(async () => {
    const [accounts, categories, transactions] = await Promise.all([
      db.accounts.toArray(),
      db.categories.toArray(),
      db.transactions.toArray(),
    ]);
    return { accounts, categories: categories.map(localize), transactions };
  }, [localize]);
}
