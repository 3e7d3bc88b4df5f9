import { dayNumberToIso, isoToDayNumber } from '../dates';
import type { IsoDate } from '../types';

export interface BalanceInput {
  date: IsoDate;
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

export interface BalancePoint {
  date: IsoDate;
  balance: number;
}

export interface AccountBalances {
  /** Balance before the first row. */
  opening: number;
  points: BalancePoint[];
}

/** End-of-day balance of one account for the days that have rows, and its balance before them. */
export function endOfDayBalances(rows: readonly BalanceInput[]): AccountBalances {
  const balances = runningBalances(rows);
  const opening = rows.length > 0 ? (balances[0] as number) - (rows[0] as BalanceInput).amount : 0;
  const points: BalancePoint[] = [];
  rows.forEach((row, index) => {
    const last = points[points.length - 1];
    if (last && last.date === row.date) last.balance = balances[index] as number;
    else points.push({ date: row.date, balance: balances[index] as number });
  });
  return { opening, points };
}

/**
 * Total balance across accounts on every `stepDays`-th day from the earliest to the latest date, each account's
 * balance carried forward between its rows (and its opening balance before them). Step > 1 keeps long histories
 * light enough to draw quickly.
 */
export function combinedBalanceSeries(accounts: readonly AccountBalances[], stepDays = 1): BalancePoint[] {
  const withRows = accounts.filter((account) => account.points.length > 0);
  const nonEmpty = withRows.map((account) => account.points);
  if (nonEmpty.length === 0) return [];
  const start = Math.min(...nonEmpty.map((points) => isoToDayNumber((points[0] as BalancePoint).date)));
  const end = Math.max(
    ...nonEmpty.map((points) => isoToDayNumber((points[points.length - 1] as BalancePoint).date)),
  );
  const cursors = nonEmpty.map(() => 0);
  const carried = withRows.map((account) => account.opening);
  const series: BalancePoint[] = [];
  for (let day = start; day <= end; day += 1) {
    const iso = dayNumberToIso(day);
    let total = 0;
    nonEmpty.forEach((points, accountIndex) => {
      let cursor = cursors[accountIndex] as number;
      while (cursor < points.length && (points[cursor] as BalancePoint).date <= iso) {
        carried[accountIndex] = (points[cursor] as BalancePoint).balance;
        cursor += 1;
      }
      cursors[accountIndex] = cursor;
      total += carried[accountIndex] as number;
    });
    if ((day - start) % stepDays === 0 || day === end) series.push({ date: iso, balance: total });
  }
  return series;
}

/** A step that keeps a series under ~`maxPoints` points (1 day, else whole weeks). */
export function seriesStep(firstDate: IsoDate, lastDate: IsoDate, maxPoints = 400): number {
  const days = isoToDayNumber(lastDate) - isoToDayNumber(firstDate) + 1;
  if (days <= maxPoints) return 1;
  return Math.ceil(days / maxPoints / 7) * 7;
}
