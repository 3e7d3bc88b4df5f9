import type { TransactionColumns } from '../core/analytics/columns';
import type { DayRange } from '../core/analytics/columnsQueries';
import type { ListsReply } from './listsWorker';
import ListsWorker from './listsWorker?worker';

export type MoneyLists = NonNullable<ListsReply['lists']>;

let worker: Worker | null = null;
let nextId = 1;
let sentColumns: TransactionColumns | null = null;
const keys = new WeakMap<TransactionColumns, number>();
const pending = new Map<
  number,
  { resolve: (lists: MoneyLists) => void; reject: (reason: unknown) => void }
>();

function getWorker(): Worker {
  if (worker) return worker;
  const created = new ListsWorker();
  created.onmessage = (event: MessageEvent<ListsReply>) => {
    const entry = pending.get(event.data.id);
    if (!entry) return;
    pending.delete(event.data.id);
    if (event.data.lists) entry.resolve(event.data.lists);
    else entry.reject(new Error(event.data.error ?? 'lists failed'));
  };
  worker = created;
  return created;
}

/**
 * Recurring payments and unusual charges, found in a worker: over a long history (a million rows) they take
 * longer than the page may be held. The columns are copied to the worker once per change, not per request.
 */
export function moneyListsInWorker(
  columns: TransactionColumns,
  currency: string,
  range: DayRange,
): Promise<MoneyLists> {
  const id = nextId++;
  let columnsKey = keys.get(columns);
  if (columnsKey === undefined) keys.set(columns, (columnsKey = id));
  const send = sentColumns !== columns;
  sentColumns = columns;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage({
      id,
      columnsKey,
      currency,
      range: { from: range.from, to: range.to },
      ...(send ? { columns } : {}),
    });
  });
}
