import { useEffect, useState } from 'react';
import type { TransactionColumns } from '../../core/analytics/columns';
import type { DayRange } from '../../core/analytics/columnsQueries';
import { type MoneyLists, moneyListsInWorker } from '../../worker/listsClient';

interface Held {
  columns: TransactionColumns;
  currency: string;
  lists: MoneyLists;
}

/**
 * Recurring payments and unusual charges for the dashboard, computed off the page. Undefined until they arrive;
 * a new period keeps showing the previous lists meanwhile (their rows still point into the same columns).
 */
export function useMoneyLists(
  columns: TransactionColumns,
  currency: string,
  range: DayRange,
): MoneyLists | undefined {
  const [held, setHeld] = useState<Held | null>(null);
  useEffect(() => {
    let current = true;
    moneyListsInWorker(columns, currency, range).then(
      (lists) => current && setHeld({ columns, currency, lists }),
      (error: unknown) => console.error(error),
    );
    return () => {
      current = false;
    };
  }, [columns, currency, range]);
  return held && held.columns === columns && held.currency === currency ? held.lists : undefined;
}
