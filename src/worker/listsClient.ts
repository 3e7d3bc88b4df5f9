import type { TransactionColumns } from '../core/analytics/columns';
import type { DayRange } from '../core/analytics/columnsQueries';
import type { ListsRequest, MoneyLists } from './listsWorker';
import ListsWorker from './listsWorker?worker';
import { workerRequests } from './workerRequests';

export type { MoneyLists };

const request = workerRequests<Omit<ListsRequest, 'id'>, MoneyLists>(() => new ListsWorker(), 'lists failed');
let nextColumnsKey = 1;
let sentColumns: TransactionColumns | null = null;
const keys = new WeakMap<TransactionColumns, number>();

/**
 * Recurring payments and unusual charges, found in a worker: over a long history (a million rows) they take
 * longer than the page may be held. The columns are copied to the worker once per change, not per request.
 */
export function moneyListsInWorker(
  columns: TransactionColumns,
  currency: string,
  range: DayRange,
): Promise<MoneyLists> {
  let columnsKey = keys.get(columns);
  if (columnsKey === undefined) keys.set(columns, (columnsKey = nextColumnsKey++));
  const send = sentColumns !== columns;
  sentColumns = columns;
  return request({
    columnsKey,
    currency,
    range: { from: range.from, to: range.to },
    ...(send ? { columns } : {}),
  });
}
