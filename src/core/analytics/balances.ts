import { dayNumberToIso } from '../dates';
import type { IsoDate } from '../types';
import { type BalanceColumns, bookingOrder } from './dayOrder';

export interface BalanceInput {
  /** Days since 1970-01-01. */
  day: number;
  amount: number;
  balance: number | null;
}

/**
 * The balance after each row (rows in chronological order). Rows the bank gave a balance for keep it; the others
 * are derived from the nearest earlier known balance (or, before the first one, back from the next known one).
 * With no known balance at all the account is taken to start at zero.
 */
export function runningBalances(rows: readonly BalanceInput[]): number[] {
  const columns = balanceColumns(rows);
  return Array.from(
    runningBalancesAt(
      columns,
      columns.day.map((_, index) => index),
    ),
  );
}

/** runningBalances of the rows at `order`, read from columns. */
function runningBalancesAt(columns: BalanceColumns, order: ArrayLike<number>): Float64Array {
  const { amount, balance } = columns;
  const result = new Float64Array(order.length);
  let firstKnown = -1;
  for (let position = 0; position < order.length && firstKnown < 0; position += 1)
    if (!Number.isNaN(balance[order[position] as number] as number)) firstKnown = position;
  let current = 0;
  if (firstKnown >= 0) {
    current = balance[order[firstKnown] as number] as number;
    result[firstKnown] = current;
    for (let position = firstKnown - 1; position >= 0; position -= 1) {
      current -= amount[order[position + 1] as number] as number;
      result[position] = current;
    }
    current = result[firstKnown] as number;
  }
  for (let position = firstKnown + 1; position < order.length; position += 1) {
    const index = order[position] as number;
    const given = balance[index] as number;
    current = Number.isNaN(given) ? current + (amount[index] as number) : given;
    result[position] = current;
  }
  return result;
}

function balanceColumns(rows: readonly BalanceInput[]) {
  return {
    day: rows.map((row) => row.day),
    amount: rows.map((row) => row.amount),
    balance: rows.map((row) => row.balance ?? NaN),
  };
}

export interface DayBalance {
  day: number;
  balance: number;
}

export interface AccountBalances {
  /** Balance before the first row. */
  opening: number;
  /** End-of-day balance for each day that has rows. */
  points: DayBalance[];
}

/**
 * End-of-day balances of one account (rows in chronological order), and its balance before them. A day closes on
 * its last row in booking order (read from the balances), whatever order the rows were stored in.
 */
export function endOfDayBalances(given: readonly BalanceInput[]): AccountBalances {
  const columns = balanceColumns(given);
  return endOfDayBalancesAt(
    columns,
    given.map((_, index) => index),
  );
}

/** endOfDayBalances of the rows at `indexes` (chronological), read from columns: no object per row. */
export function endOfDayBalancesAt(columns: BalanceColumns, indexes: ArrayLike<number>): AccountBalances {
  const order = bookingOrder(columns, indexes);
  const balances = runningBalancesAt(columns, order);
  const opening =
    order.length > 0 ? (balances[0] as number) - (columns.amount[order[0] as number] as number) : 0;
  const points: DayBalance[] = [];
  for (let position = 0; position < order.length; position += 1) {
    const day = columns.day[order[position] as number] as number;
    const last = points[points.length - 1];
    if (last && last.day === day) last.balance = balances[position] as number;
    else points.push({ day, balance: balances[position] as number });
  }
  return { opening, points };
}

export interface BalancePoint {
  date: IsoDate;
  balance: number;
}

/**
 * Total balance across accounts on every `stepDays`-th day of [from, to], each account's balance carried forward
 * between its rows (and its opening balance before them). Step > 1 keeps long histories light enough to draw.
 */
export function combinedBalanceSeries(
  accounts: readonly AccountBalances[],
  from: number,
  to: number,
  stepDays = 1,
): BalancePoint[] {
  const withRows = accounts.filter((account) => account.points.length > 0);
  if (withRows.length === 0 || to < from) return [];
  const cursors = withRows.map(() => 0);
  const carried = withRows.map((account) => account.opening);
  const series: BalancePoint[] = [];
  for (let day = from; day <= to; day += 1) {
    let total = 0;
    // A loop, not a callback made anew every day: the engine optimized each new callback and threw its code away.
    for (let index = 0; index < withRows.length; index += 1) {
      const { points } = withRows[index] as AccountBalances;
      let cursor = cursors[index] as number;
      while (cursor < points.length && (points[cursor] as DayBalance).day <= day) {
        carried[index] = (points[cursor] as DayBalance).balance;
        cursor += 1;
      }
      cursors[index] = cursor;
      total += carried[index] as number;
    }
    if ((day - from) % stepDays === 0 || day === to)
      series.push({ date: dayNumberToIso(day), balance: total });
  }
  return series;
}

/** A step that keeps a series of `days` days under ~`maxPoints` points (1 day, else whole weeks). */
export function seriesStep(days: number, maxPoints = 400): number {
  if (days <= maxPoints) return 1;
  return Math.ceil(days / maxPoints / 7) * 7;
}
