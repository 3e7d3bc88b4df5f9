import type { Account } from '../types';
import { type AccountBalances, endOfDayBalancesAt } from './balances';
import type { TransactionColumns } from './columns';

/** Where one account stands: its latest balance when it can be known, never a made-up one. */
export interface AccountStanding {
  account: Account;
  currency: string;
  /** Latest balance in minor units; null when neither the file nor the person gave one. */
  balance: number | null;
  /** End-of-day balances (known accounts only), for the balance chart. */
  history: AccountBalances | null;
  /** Last day with a row (days since 1970-01-01), or null for an account without rows. */
  lastDay: number | null;
  count: number;
}

/**
 * Every account's standing in its own currency. A balance is known when the bank gave one on any row (the rest
 * are derived from it) or when the person set an opening balance; otherwise it stays unknown rather than being
 * taken to start at zero.
 */
export function accountStandings(
  columns: TransactionColumns,
  accounts: readonly Account[],
): AccountStanding[] {
  // Row indexes per account, not an object per row: a million rows are read here on every change.
  const rowsOf = new Map<number, number[]>();
  const bankGaveBalance = new Set<number>();
  for (let index = 0; index < columns.length; index += 1) {
    const accountId = columns.accountId[index] as number;
    let rows = rowsOf.get(accountId);
    if (!rows) rowsOf.set(accountId, (rows = []));
    if (!Number.isNaN(columns.balance[index] as number)) bankGaveBalance.add(accountId);
    rows.push(index);
  }
  return accounts.map((account) => {
    const id = account.id ?? -1;
    const rows = rowsOf.get(id) ?? [];
    const last = rows.at(-1);
    const lastDay = last === undefined ? null : (columns.day[last] as number);
    const base = { account, currency: account.currency, lastDay, count: rows.length };
    const known = bankGaveBalance.has(id) || account.openingBalance !== undefined;
    if (!known) return { ...base, balance: null, history: null };
    const history = endOfDayBalancesAt(columns, rows);
    if (!bankGaveBalance.has(id)) shift(history, account.openingBalance ?? 0);
    const balance = history.points.at(-1)?.balance ?? history.opening;
    return { ...base, balance, history };
  });
}

function shift(history: AccountBalances, by: number) {
  history.opening += by;
  for (const point of history.points) point.balance += by;
}

/** The currencies the person holds, the one with most transactions first. */
export function currenciesHeld(standings: readonly AccountStanding[]): string[] {
  const counts = new Map<string, number>();
  for (const standing of standings)
    counts.set(standing.currency, (counts.get(standing.currency) ?? 0) + standing.count);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([currency]) => currency);
}

/** A total in one currency, and what it leaves out, so nothing is dropped silently. */
export interface CurrencyTotal {
  currency: string;
  total: number;
  /** Accounts in this currency whose balance is in the total. */
  included: AccountStanding[];
  /** Accounts in this currency whose balance is unknown (not in the total). */
  unknown: AccountStanding[];
  /** Accounts in other currencies, counted per currency. */
  elsewhere: { currency: string; count: number }[];
}

export function currencyTotal(standings: readonly AccountStanding[], currency: string): CurrencyTotal {
  const included = standings.filter((entry) => entry.currency === currency && entry.balance !== null);
  const unknown = standings.filter((entry) => entry.currency === currency && entry.balance === null);
  const others = new Map<string, number>();
  for (const entry of standings)
    if (entry.currency !== currency) others.set(entry.currency, (others.get(entry.currency) ?? 0) + 1);
  return {
    currency,
    total: included.reduce((sum, entry) => sum + (entry.balance as number), 0),
    included,
    unknown,
    elsewhere: [...others]
      .map(([code, count]) => ({ currency: code, count }))
      .sort((a, b) => a.currency.localeCompare(b.currency)),
  };
}
