/// <reference lib="webworker" />
import type { MerchantColumns } from '../core/analytics/columns';
import type { DayRange } from '../core/analytics/columnsQueries';
import {
  findRecurring,
  type RecurringOverview,
  recurringOverview,
  type RecurringSummary,
} from '../core/analytics/recurring';
import { findUnusual, type UnusualCharge } from '../core/analytics/unusual';
import { type JoinedTexts, splitTexts } from '../core/packRows';
import type { WorkerAnswer } from './workerRequests';

/** MerchantColumns as sent, the merchant names joined. */
export type WireColumns = Omit<MerchantColumns, 'merchants'> & { merchants: JoinedTexts };

export interface ListsRequest {
  id: number;
  /** Names the columns: they are sent only when they changed since the last request. */
  columnsKey: number;
  columns?: WireColumns;
  currency: string;
  range: DayRange;
}

export interface MoneyLists {
  /** Without row indexes: the page shows the lines, and cloning a long history's indexes held it. */
  recurring: RecurringOverview;
  unusual: UnusualCharge[];
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
let held: { key: number; columns: MerchantColumns; recurring: Map<string, RecurringSummary> } | null = null;

scope.onmessage = (event: MessageEvent<ListsRequest>) => {
  const { id, columnsKey, columns, currency, range } = event.data;
  let answer: WorkerAnswer<MoneyLists>;
  try {
    if (columns)
      held = {
        key: columnsKey,
        columns: { ...columns, merchants: splitTexts(columns.merchants) },
        recurring: new Map(),
      };
    if (!held || held.key !== columnsKey) throw new Error('columns missing');
    // Recurring payments come from the whole history (kept per currency); unusual charges are of the period.
    let recurring = held.recurring.get(currency);
    if (!recurring) held.recurring.set(currency, (recurring = findRecurring(held.columns, currency)));
    answer = {
      id,
      result: {
        recurring: recurringOverview(recurring),
        unusual: findUnusual(held.columns, currency, range, recurring.items),
      },
    };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(answer);
};
