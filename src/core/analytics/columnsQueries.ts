import { TRANSFERS } from '../categories';
import { dayNumberToIso } from '../dates';
import type { TransactionColumns } from './columns';

/** An inclusive range of day numbers. */
export interface DayRange {
  from: number;
  to: number;
}

/** The currency most transactions are in (charts add up one currency only). */
export function mainCurrency(columns: TransactionColumns, fallback = 'EUR'): string {
  const counts = new Array<number>(columns.currencies.length).fill(0);
  for (let index = 0; index < columns.length; index += 1) {
    const currency = columns.currency[index] as number;
    counts[currency] = (counts[currency] ?? 0) + 1;
  }
  let best = -1;
  counts.forEach((count, index) => {
    if (best < 0 || count > (counts[best] as number)) best = index;
  });
  return columns.currencies[best] ?? fallback;
}

/** The first row on or after `day`, found by halving (rows are in date order): a year of ten is read, not ten. */
function firstRowFrom(columns: TransactionColumns, day: number): number {
  let low = 0;
  let high = columns.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((columns.day[middle] as number) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Calls `visit(index)` for each row in the currency and range that is not a transfer between own accounts. */
export function forEachFlow(
  columns: TransactionColumns,
  currency: string,
  range: DayRange,
  visit: (index: number) => void,
) {
  const currencyIndex = columns.currencies.indexOf(currency);
  const transfers = columns.categories.indexOf(TRANSFERS);
  for (let index = firstRowFrom(columns, range.from); index < columns.length; index += 1) {
    if ((columns.day[index] as number) > range.to) break;
    if (columns.currency[index] !== currencyIndex || columns.category[index] === transfers) continue;
    visit(index);
  }
}

export function totalFlows(columns: TransactionColumns, currency: string, range: DayRange) {
  let income = 0;
  let spending = 0;
  forEachFlow(columns, currency, range, (index) => {
    const amount = columns.amount[index] as number;
    if (amount > 0) income += amount;
    else spending -= amount;
  });
  return { income, spending };
}

export interface NamedAmount {
  key: string;
  amount: number;
  count: number;
}

function sumBy(
  columns: TransactionColumns,
  currency: string,
  range: DayRange,
  keyOf: (index: number) => string,
) {
  const sums = new Map<string, NamedAmount>();
  forEachFlow(columns, currency, range, (index) => {
    const amount = columns.amount[index] as number;
    if (amount >= 0) return;
    const key = keyOf(index);
    const entry = sums.get(key) ?? { key, amount: 0, count: 0 };
    entry.amount -= amount;
    entry.count += 1;
    sums.set(key, entry);
  });
  return [...sums.values()].sort((a, b) => b.amount - a.amount);
}

/** For each split row, the range of its parts in `columns.splits`. */
function splitRanges(columns: TransactionColumns): Map<number, [number, number]> {
  const ranges = new Map<number, [number, number]>();
  const splits = columns.splits;
  if (!splits) return ranges;
  for (let part = 0; part < splits.row.length; part += 1) {
    const row = splits.row[part] as number;
    const range = ranges.get(row);
    if (range) range[1] = part + 1;
    else ranges.set(row, [part, part + 1]);
  }
  return ranges;
}

/** Money out per category id, largest first. A split row counts each part in its own category. */
export function spendingByCategory(
  columns: TransactionColumns,
  currency: string,
  range: DayRange,
): NamedAmount[] {
  const sums = new Map<string, NamedAmount>();
  const add = (key: string, amount: number) => {
    if (amount >= 0 || key === TRANSFERS) return;
    const entry = sums.get(key) ?? { key, amount: 0, count: 0 };
    entry.amount -= amount;
    entry.count += 1;
    sums.set(key, entry);
  };
  const parts = splitRanges(columns);
  const splits = columns.splits;
  forEachFlow(columns, currency, range, (index) => {
    const split = parts.get(index);
    if (!split || !splits) {
      add(columns.categories[columns.category[index] as number] ?? '', columns.amount[index] as number);
      return;
    }
    for (let part = split[0]; part < split[1]; part += 1)
      add(columns.categories[splits.category[part] as number] ?? '', splits.amount[part] as number);
  });
  return [...sums.values()].sort((a, b) => b.amount - a.amount);
}

/** Money out per merchant name, largest first. */
export function spendingByMerchant(
  columns: TransactionColumns,
  currency: string,
  range: DayRange,
  limit = 10,
) {
  return sumBy(
    columns,
    currency,
    range,
    (index) => columns.merchants[columns.merchant[index] as number] ?? '',
  ).slice(0, limit);
}

export interface MonthFlows {
  month: string;
  income: number;
  expenses: number;
}

/** Income and expenses per calendar month (YYYY-MM), oldest first. */
export function monthlyFlows(columns: TransactionColumns, currency: string, range: DayRange): MonthFlows[] {
  const months = new Map<string, MonthFlows>();
  let lastDay = Number.NaN;
  let lastMonth = '';
  forEachFlow(columns, currency, range, (index) => {
    const day = columns.day[index] as number;
    if (day !== lastDay) {
      lastDay = day;
      lastMonth = dayNumberToIso(day).slice(0, 7);
    }
    const entry = months.get(lastMonth) ?? { month: lastMonth, income: 0, expenses: 0 };
    const amount = columns.amount[index] as number;
    if (amount > 0) entry.income += amount;
    else entry.expenses -= amount;
    months.set(lastMonth, entry);
  });
  return [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}

/** Money out per ISO weekday (0 = Monday), averaged over the weeks in the range. */
export function spendingByWeekday(columns: TransactionColumns, currency: string, range: DayRange): number[] {
  const totals = new Array<number>(7).fill(0);
  forEachFlow(columns, currency, range, (index) => {
    const amount = columns.amount[index] as number;
    if (amount >= 0) return;
    // Day 0 (1970-01-01) was a Thursday: ISO weekday 3.
    const weekday = ((((columns.day[index] as number) + 3) % 7) + 7) % 7;
    totals[weekday] = (totals[weekday] as number) - amount;
  });
  const weeks = Math.max(1, (range.to - range.from + 1) / 7);
  return totals.map((total) => Math.round(total / weeks));
}
