import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Account, Category, Transaction } from '../../core/types';
import { db } from '../../db/database';
import { useCategoryLocalizer } from '../../i18n';
import { useVersionedSource } from '../../ui/useVersionedSource';

export interface RevealData {
  transactions: readonly Transaction[];
  accounts: Account[];
  categories: Category[];
}

/** Every stored transaction, account and category (names in the interface language); re-runs on any change. */
export function useRevealData(): RevealData | undefined {
  const localize = useCategoryLocalizer();
  const version = useVersionedSource(db.store);
  const lists = useLiveQuery(async () => {
    const [accounts, categories] = await Promise.all([db.accounts.toArray(), db.categories.toArray()]);
    return { accounts, categories: categories.map(localize) };
  }, [localize]);
  return useMemo(
    () => (version === undefined || !lists ? undefined : { ...lists, transactions: db.store.all() }),
    [version, lists],
  );
}
