import { isoToDayNumber } from '../dates';
import type { Account } from '../types';
import { type AccountBalances, endOfDayBalancesAt } from './balances';
import type { TransactionColumns } from './columns';

/** What one account's rows say, whatever the person set on the account: computed once per change of the store. */
export interface AccountHistory {
  count: number;
  /** Last day with a row (days since 1970-01-01). */
  lastDay: number;
  /** Whether the bank gave a balance on any row; the history is then anchored on it, else it starts at zero. */
  bankGaveBalance: boolean;
  balances: AccountBalances;
}

type HistoryColumns = Pick<TransactionColumns, 'length' | 'day' | 'amount' | 'balance' | 'accountId'>;

/**
 * Every account's end-of-day balances, read from the columns. Row indexes are gathered into one typed array per
 * account, looked up only when the account changes from one row to the next: a million rows grouped through a
 * map lookup and an array push per row held the page for 60–80 ms.
 */
export function accountHistories(columns: HistoryColumns): Map<number, AccountHistory> {
  const { length, accountId, balance } = columns;
  const counts = new Map<number, number>();
  for (let index = 0; index < length;) {
    const id = accountId[index] as number;
    const start = index;
    while (index < length && accountId[index] === id) index += 1;
    counts.set(id, (counts.get(id) ?? 0) + index - start);
  }
  const groups = new Map<number, { rows: Int32Array; filled: number; bankGaveBalance: boolean }>();
  for (const [id, count] of counts)
    groups.set(id, { rows: new Int32Array(count), filled: 0, bankGaveBalance: false });
  for (let index = 0; index < length;) {
    const group = groups.get(accountId[index] as number) as NonNullable<ReturnType<typeof groups.get>>;
    const id = accountId[index];
    for (; index < length && accountId[index] === id; index += 1) {
      group.rows[group.filled++] = index;
      if (!group.bankGaveBalance && !Number.isNaN(balance[index] as number)) group.bankGaveBalance = true;
    }
  }
  const histories = new Map<number, AccountHistory>();
  for (const [id, { rows, bankGaveBalance }] of groups)
    histories.set(id, {
      count: rows.length,
      lastDay: columns.day[rows[rows.length - 1] as number] as number,
      bankGaveBalance,
      balances: endOfDayBalancesAt(columns, rows),
    });
  return histories;
}

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

const NO_ROWS: AccountBalances = { opening: 0, points: [] };

/**
 * Every account's standing in its own currency. A balance is known when the bank gave one on any row (the rest
 * are derived from it), when the person set an opening balance, or when a file stated the balance above its rows
 * (the rows then run to it); otherwise it stays unknown rather than being taken to start at zero.
 */
export function accountStandings(
  histories: ReadonlyMap<number, AccountHistory>,
  accounts: readonly Account[],
): AccountStanding[] {
  return accounts.map((account) => {
    const rows = histories.get(account.id ?? -1);
    const base = {
      account,
      currency: account.currency,
      lastDay: rows?.lastDay ?? null,
      count: rows?.count ?? 0,
    };
    if (rows?.bankGaveBalance) return { ...base, balance: latest(rows.balances), history: rows.balances };
    const balances = rows?.balances ?? NO_ROWS;
    const anchor = account.statedBalance;
    // The person's opening balance first: they may know better than a file's summary line.
    const by =
      account.openingBalance ??
      (anchor ? anchor.amount - endOfDay(balances, isoToDayNumber(anchor.date)) : undefined);
    if (by === undefined) return { ...base, balance: null, history: null };
    const history = shifted(balances, by);
    return { ...base, balance: latest(history), history };
  });
}

/** The balance at the end of `day` of a history that starts at zero: the last point on or before it. */
function endOfDay(history: AccountBalances, day: number): number {
  let balance = history.opening;
  for (const point of history.points) {
    if (point.day > day) break;
    balance = point.balance;
  }
  return balance;
}

const latest = (history: AccountBalances) => history.points.at(-1)?.balance ?? history.opening;

/** A copy moved by `by`: the histories are shared by every render until the store changes. */
function shifted(history: AccountBalances, by: number): AccountBalances {
  return {
    opening: history.opening + by,
    points: history.points.map((point) => ({ day: point.day, balance: point.balance + by })),
  };
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
