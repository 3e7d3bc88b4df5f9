import { useLiveQuery } from 'dexie-react-hooks';
import type { Account, Category, Transaction } from '../../core/types';
import { db } from '../../db/database';
import { useCategoryLocalizer } from '../../i18n';
import type { RuleRecord } from '../../db/records';
import { countByCategory } from '../../db/categoriesRepo';
import { listRules } from '../../db/rulesRepo';

export interface CategoriesData {
  categories: Category[];
  counts: Map<string, number>;
  rules: RuleRecord[];
  accounts: Account[];
  transactions: Transaction[];
}

/** Categories with their usage, the rules, and the stored transactions (for the rule preview), kept live. */
export function useCategoriesData(): CategoriesData | undefined {
  const localize = useCategoryLocalizer();
  return useLiveQuery(async () => {
    const [stored, counts, rules, accounts, transactions] = await Promise.all([
      db.categories.toArray(),
      countByCategory(db),
      listRules(db),
      db.accounts.toArray(),
      db.transactions.toArray(),
    ]);
    const categories = stored.map(localize);
    categories.sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || a.name.localeCompare(b.name));
    transactions.sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : 0));
    return { categories, counts, rules, accounts, transactions };
  }, [localize]);
}
