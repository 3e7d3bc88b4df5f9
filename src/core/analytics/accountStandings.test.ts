import { describe, expect, it } from 'vitest';
import { tx } from '../workspace/testRows';
import { accountHistories, accountStandings, currenciesHeld, currencyTotal } from './accountStandings';
import type { StatedBalance } from '../types';
import { toColumns } from './columns';

const accounts = [
  { id: 1, name: 'Chase', currency: 'USD', createdAt: 0 },
  { id: 2, name: 'Amex', currency: 'USD', createdAt: 0 },
  { id: 3, name: 'Monzo', currency: 'GBP', createdAt: 0 },
  { id: 4, name: 'ING', currency: 'EUR', createdAt: 0, openingBalance: 100_00 },
  { id: 5, name: 'Empty', currency: 'EUR', createdAt: 0 },
];
const columns = toColumns([
  tx({ accountId: 1, currency: 'USD', date: '2025-01-02', amount: -10_00, balance: 990_00 }),
  tx({ accountId: 1, currency: 'USD', date: '2025-01-05', amount: -5_00, balance: null }),
  // A card file with no balance column: its balance is not known, not "-$78.64".
  tx({ accountId: 2, currency: 'USD', date: '2025-01-03', amount: -78_64, balance: null }),
  tx({ accountId: 3, currency: 'GBP', date: '2025-01-04', amount: -3_00, balance: 47_00 }),
  tx({ accountId: 4, currency: 'EUR', date: '2025-01-04', amount: -30_00, balance: null }),
  tx({ accountId: 4, currency: 'EUR', date: '2025-01-06', amount: 5_00, balance: null }),
]);

describe('accountStandings', () => {
  const standings = accountStandings(accountHistories(columns), accounts);

  it('knows a balance from the file or from the opening balance, and never makes one up', () => {
    expect(standings.map((entry) => entry.balance)).toEqual([985_00, null, 47_00, 75_00, null]);
  });

  it('totals one currency and says what it leaves out', () => {
    const usd = currencyTotal(standings, 'USD');
    expect(usd.total).toBe(985_00);
    expect(usd.unknown.map((entry) => entry.account.name)).toEqual(['Amex']);
    expect(usd.elsewhere).toEqual([
      { currency: 'EUR', count: 2 },
      { currency: 'GBP', count: 1 },
    ]);
    expect(currencyTotal(standings, 'EUR').total).toBe(75_00);
  });

  it('lists every currency held, most used first', () => {
    expect(currenciesHeld(standings)).toEqual(['USD', 'EUR', 'GBP']);
  });

  it('leaves the shared histories as they were when it adds an opening balance', () => {
    const histories = accountHistories(columns);
    const before = structuredClone(histories.get(4));
    const again = accountStandings(histories, accounts);
    expect(accountStandings(histories, accounts)).toEqual(again);
    expect(histories.get(4)).toEqual(before);
    expect(again[3]?.history?.points.map((point) => point.balance)).toEqual([70_00, 75_00]);
  });
});

describe('a balance a file stated above its rows', () => {
  const histories = accountHistories(columns);
  /** The accounts, one of them with a balance its files stated. */
  const stating = (id: number, statedBalance: StatedBalance) =>
    accounts.map((account) => (account.id === id ? { ...account, statedBalance } : account));

  it('runs the rows to it: the end of its day holds it, earlier and later days follow from the rows', () => {
    // Amex's card file stated -100.00 at the end of 3 January, its only row's day.
    const amex = accountStandings(histories, stating(2, { amount: -100_00, date: '2025-01-03' }))[1];
    expect(amex?.balance).toBe(-100_00);
    expect(amex?.history?.opening).toBe(-21_36);
    // ING's opening balance, set by the person, wins over a file's statement.
    const ing = accountStandings(histories, stating(4, { amount: 0, date: '2025-01-06' }))[3];
    expect(ing?.balance).toBe(75_00);
  });

  it('is anchored at a day without rows too (between rows, or before the first)', () => {
    const between = accountStandings(histories, stating(5, { amount: 12_00, date: '2025-01-01' }));
    expect(between[4]?.balance).toBe(12_00);
    const rows = accountHistories(
      toColumns([
        tx({ accountId: 6, currency: 'EUR', date: '2025-01-04', amount: -30_00, balance: null }),
        tx({ accountId: 6, currency: 'EUR', date: '2025-01-06', amount: 5_00, balance: null }),
      ]),
    );
    const stated = (date: string) =>
      accountStandings(rows, [
        { id: 6, name: 'EUR', currency: 'EUR', createdAt: 0, statedBalance: { amount: 100_00, date } },
      ])[0]?.balance;
    expect(stated('2025-01-05')).toBe(105_00);
    expect(stated('2025-01-03')).toBe(75_00);
    expect(stated('2025-01-06')).toBe(100_00);
  });
});

describe('accountHistories', () => {
  it('gathers the rows of accounts that take turns day by day', () => {
    const interleaved = toColumns([
      tx({ accountId: 1, date: '2025-01-01', amount: -1_00, balance: 99_00 }),
      tx({ accountId: 2, date: '2025-01-01', amount: -2_00, balance: null }),
      tx({ accountId: 1, date: '2025-01-02', amount: -1_00, balance: null }),
      tx({ accountId: 2, date: '2025-01-03', amount: 5_00, balance: null }),
      tx({ accountId: 1, date: '2025-01-03', amount: -3_00, balance: 95_00 }),
    ]);
    const histories = accountHistories(interleaved);
    expect([...histories.keys()].sort()).toEqual([1, 2]);
    expect(histories.get(1)).toMatchObject({ count: 3, bankGaveBalance: true });
    expect(histories.get(1)?.balances.points.map((point) => point.balance)).toEqual([99_00, 98_00, 95_00]);
    expect(histories.get(2)).toMatchObject({ count: 2, bankGaveBalance: false });
    expect(histories.get(2)?.balances.points.map((point) => point.balance)).toEqual([-2_00, 3_00]);
    expect(histories.get(2)?.lastDay).toBe(histories.get(1)?.lastDay);
  });
});
