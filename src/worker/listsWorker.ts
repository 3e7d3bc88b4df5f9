/// <reference lib="webworker" />
import type { TransactionColumns } from '../core/analytics/columns';
import type { DayRange } from '../core/analytics/columnsQueries';
import { findRecurring, type RecurringSummary } from '../core/analytics/recurring';
import { findUnusual, type UnusualCharge } from '../core/analytics/unusual';
import type { WorkerAnswer } from './workerRequests';

export interface ListsRequest {
  id: number;
  /** Names the columns: they are sent only when they changed since the last request. */
  columnsKey: number;
  columns?: TransactionColumns;
  currency: string;
  range: DayRange;
}

export interface MoneyLists {
  recurring: RecurringSummary;
  unusual: UnusualCharge[];
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
let held: { key: number; columns: TransactionColumns; recurring: Map<string, RecurringSummary> } | null =
  null;

scope.onmessage = (event: MessageEvent<ListsRequest>) => {
  const { id, columnsKey, columns, currency, range } = event.data;
  let answer: WorkerAnswer<MoneyLists>;
  try {
    if (columns) held = { key: columnsKey, columns, recurring: new Map() };
    if (!held || held.key !== columnsKey) throw new Error('columns missing');
    // Recurring payments come from the whole history (kept per currency); unusual charges are of the period.
    let recurring = held.recurring.get(currency);
    if (!recurring) held.recurring.set(currency, (recurring = findRecurring(held.columns, currency)));
    answer = {
      id,
      result: { recurring, unusual: findUnusual(held.columns, currency, range, recurring.items) },
    };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(answer);
};
