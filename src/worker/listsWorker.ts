/// <reference lib="webworker" />
import type { TransactionColumns } from '../core/analytics/columns';
import type { DayRange } from '../core/analytics/columnsQueries';
import { findRecurring, type RecurringSummary } from '../core/analytics/recurring';
import { findUnusual, type UnusualCharge } from '../core/analytics/unusual';

export interface ListsRequest {
  id: number;
  /** Names the columns: they are sent only when they changed since the last request. */
  columnsKey: number;
  columns?: TransactionColumns;
  currency: string;
  range: DayRange;
}

export interface ListsReply {
  id: number;
  lists?: { recurring: RecurringSummary; unusual: UnusualCharge[] };
  error?: string;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
let held: { key: number; columns: TransactionColumns; recurring: Map<string, RecurringSummary> } | null =
  null;

scope.onmessage = (event: MessageEvent<ListsRequest>) => {
  const { id, columnsKey, columns, currency, range } = event.data;
  try {
    if (columns) held = { key: columnsKey, columns, recurring: new Map() };
    if (!held || held.key !== columnsKey) throw new Error('columns missing');
    // Recurring payments come from the whole history (kept per currency); unusual charges are of the period.
    let recurring = held.recurring.get(currency);
    if (!recurring) held.recurring.set(currency, (recurring = findRecurring(held.columns, currency)));
    const unusual = findUnusual(held.columns, currency, range, recurring.items);
    scope.postMessage({ id, lists: { recurring, unusual } } satisfies ListsReply);
  } catch (error) {
    scope.postMessage({
      id,
      error: error instanceof Error ? error.message : String(error),
    } satisfies ListsReply);
  }
};
