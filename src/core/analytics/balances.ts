import { dayNumberToIso } from '../dates';
import type { IsoDate } from '../types';
import { inBookingOrder } from './dayOrder';

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
  const result = new Array<number>(rows.length);
  const firstKnown = rows.findIndex((row) => row.balance !== null);
  let current = 0;
  if (firstKnown >= 0) {
    current = rows[firstKnown]?.balance as number;
    result[firstKnown] = current;
    for (let index = firstKnown - 1; index >= 0; index -= 1) {
      current -= (rows[index + 1] as BalanceInput).amount;
      result[index] = current;
    }
    current = result[firstKnown] as number;
  }
  for (let index = Math.max(firstKnown, -1) + 1; index < rows.length; index += 1) {
    const row = rows[index] as BalanceInput;
    current = row.balance ?? current + row.amount;
    result[index] = current;
  }
  return result;
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
  const rows = inBookingOrder(given);
  const balances = runningBalances(rows);
  const opening = rows.length > 0 ? (balances[0] as number) - (rows[0] as BalanceInput).amount : 0;
  const points: DayBalance[] = [];
  rows.forEach((row, index) => {
    const last = points[points.length - 1];
    if (last && last.day === row.day) last.balance = balances[index] as number;
    else points.push({ day: row.day, balance: balances[index] as number });
  });
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
    withRows.forEach((account, index) => {
      let cursor = cursors[index] as number;
      while (cursor < account.points.length && (account.points[cursor] as DayBalance).day <= day) {
        carried[index] = (account.points[cursor] as DayBalance).balance;
        cursor += 1;
      }
      cursors[index] = cursor;
      total += carried[index] as number;
    });
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
