import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Account, Category, Transaction } from '../../core/types';
import { db } from '../../db/database';
import { useCategoryLocalizer } from '../../i18n';
import type { RuleRecord } from '../../db/records';
import { categoryUses } from '../../db/categoriesRepo';
import { listRules } from '../../db/rulesRepo';
import { useVersionedSource } from '../../ui/useVersionedSource';

export interface CategoriesData {
  categories: Category[];
  counts: Map<string, number>;
  rules: RuleRecord[];
  accounts: Account[];
  transactions: readonly Transaction[];
}

/** Categories with their usage, the rules, and the stored transactions (for the rule preview), kept live. */
export function useCategoriesData(): CategoriesData | undefined {
  const localize = useCategoryLocalizer();
  const version = useVersionedSource(db.store);
  const lists = useLiveQuery(async () => {
    const [stored, rules, accounts] = await Promise.all([
      db.categories.toArray(),
      listRules(db),
      db.accounts.toArray(),
    ]);
    const categories = stored.map(localize);
    categories.sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || a.name.localeCompare(b.name));
    return { categories, rules, accounts };
  }, [localize]);
  return useMemo(() => {
    if (version === undefined || !lists) return undefined;
    const transactions = db.store.newestFirst();
    return { ...lists, counts: categoryUses(db), transactions };
  }, [version, lists]);
}
