import type { TransactionColumns } from '../core/analytics/columns';
import type { DayRange } from '../core/analytics/columnsQueries';
import { joinTexts } from '../core/packRows';
import type { ListsRequest, MoneyLists, WireColumns } from './listsWorker';
import ListsWorker from './listsWorker?worker';
import { workerRequests } from './workerRequests';
import { nextTask } from '../core/nextTask';

export type { MoneyLists };

const request = workerRequests<Omit<ListsRequest, 'id'>, MoneyLists>(() => new ListsWorker(), 'lists failed');
let nextColumnsKey = 1;
let sentColumns: TransactionColumns | null = null;
let posting: Promise<unknown> = Promise.resolve();
const keys = new WeakMap<TransactionColumns, number>();

/**
 * Recurring payments and unusual charges, found in a worker: over a long history (a million rows) they take
 * longer than the page may be held. The columns are copied to the worker once per change, not per request.
 */
export async function moneyListsInWorker(
  columns: TransactionColumns,
  currency: string,
  range: DayRange,
): Promise<MoneyLists> {
  let columnsKey = keys.get(columns);
  if (columnsKey === undefined) keys.set(columns, (columnsKey = nextColumnsKey++));
  const wire = sentColumns === columns ? undefined : wireColumns(columns);
  sentColumns = columns;
  // Requests leave in order: one made while the columns are still being copied waits for them.
  const turn = posting.then(async () => wire && (await wire));
  posting = turn.catch(() => undefined);
  const copies = await turn;
  return request(
    {
      columnsKey,
      currency,
      range: { from: range.from, to: range.to },
      ...(copies ? { columns: copies.columns } : {}),
    },
    copies?.transfer,
  );
}

/**
 * The columns the lists are made from, as the worker takes them: copies of the typed arrays, one per task, moved
 * rather than cloned (cloning a million rows' columns in one message held the page for 170 ms), and the merchant
 * names joined.
 */
async function wireColumns(
  columns: TransactionColumns,
): Promise<{ columns: WireColumns; transfer: ArrayBuffer[] }> {
  const transfer: ArrayBuffer[] = [];
  const moved = async <T extends { slice(): T; buffer: ArrayBufferLike }>(array: T): Promise<T> => {
    await nextTask();
    const copy = array.slice();
    transfer.push(copy.buffer as ArrayBuffer);
    return copy;
  };
  const { length, categories, merchants, currencies, kinds } = columns;
  return {
    columns: {
      length,
      categories,
      currencies,
      kinds,
      merchants: joinTexts(merchants),
      day: await moved(columns.day),
      amount: await moved(columns.amount),
      category: await moved(columns.category),
      merchant: await moved(columns.merchant),
      currency: await moved(columns.currency),
      kind: await moved(columns.kind),
    },
    transfer,
  };
}
