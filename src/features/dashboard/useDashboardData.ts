import { useLiveQuery } from 'dexie-react-hooks';
import {
  type BalancePoint,
  combinedBalanceSeries,
  endOfDayBalances,
  seriesStep,
} from '../../core/analytics/balances';
import type { Account, Transaction } from '../../core/types';
import { db } from '../../db/database';

export interface DashboardData {
  currency: string;
  accounts: { account: Account; balance: number; lastDate: string }[];
  balanceSeries: BalancePoint[];
  transactions: Transaction[];
}

function byDateThenId(a: Transaction, b: Transaction) {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : (a.id ?? 0) - (b.id ?? 0);
}

/** Reads accounts and transactions once and derives the dashboard's series (in the main currency). */
export function useDashboardData(): DashboardData | undefined {
  return useLiveQuery(async () => {
    const [accounts, transactions] = await Promise.all([db.accounts.toArray(), db.transactions.toArray()]);
    const counts = new Map<string, number>();
    for (const transaction of transactions)
      counts.set(transaction.currency, (counts.get(transaction.currency) ?? 0) + 1);
    const currency =
      [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? accounts[0]?.currency ?? 'EUR';
    const byAccount = new Map<number, Transaction[]>();
    for (const transaction of transactions) {
      if (transaction.currency !== currency) continue;
      const list = byAccount.get(transaction.accountId) ?? [];
      list.push(transaction);
      byAccount.set(transaction.accountId, list);
    }
    const perAccount = accounts.map((account) => {
      const rows = (byAccount.get(account.id ?? -1) ?? []).sort(byDateThenId);
      return { account, ...endOfDayBalances(rows) };
    });
    const nonEmpty = perAccount.filter((entry) => entry.points.length > 0);
    const first = nonEmpty.map((entry) => entry.points[0]?.date ?? '').sort()[0] ?? '';
    const last =
      nonEmpty
        .map((entry) => entry.points[entry.points.length - 1]?.date ?? '')
        .sort()
        .pop() ?? '';
    return {
      currency,
      accounts: nonEmpty.map(({ account, points }) => ({
        account,
        balance: points[points.length - 1]?.balance ?? 0,
        lastDate: points[points.length - 1]?.date ?? '',
      })),
      balanceSeries: combinedBalanceSeries(nonEmpty, first && last ? seriesStep(first, last) : 1),
      transactions,
    };
  }, []);
}
