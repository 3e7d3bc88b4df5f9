import { TRANSFERS } from '../categories';
import type { IsoDate } from '../types';

export interface FlowInput {
  date: IsoDate;
  amount: number;
  category: string;
  currency: string;
}

/** Money in and out between two dates (inclusive) in one currency, leaving transfers between own accounts out. */
export function incomeAndSpending(rows: readonly FlowInput[], currency: string, from: IsoDate, to: IsoDate) {
  let income = 0;
  let spending = 0;
  for (const row of rows) {
    if (row.currency !== currency || row.date < from || row.date > to || row.category === TRANSFERS) continue;
    if (row.amount > 0) income += row.amount;
    else spending -= row.amount;
  }
  return { income, spending };
}
