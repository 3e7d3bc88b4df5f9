import { describe, expect, it } from 'vitest';
import { isoToDayNumber } from '../dates';
import type { Transaction } from '../types';
import { toColumns } from './columns';
import {
  mainCurrency,
  monthlyFlows,
  spendingByCategory,
  spendingByMerchant,
  spendingByWeekday,
  totalFlows,
} from './columnsQueries';

let nextId = 1;
function tx(date: string, amount: number, extra: Partial<Transaction> = {}): Transaction {
  return {
    id: nextId++,
    accountId: 1,
    date,
    description: 'x',
    merchant: 'Shop',
    category: 'groceries',
    amount,
    currency: 'EUR',
    balance: null,
    importId: 1,
    fingerprint: 'f',
    ...extra,
  };
}

const columns = toColumns([
  tx('2025-01-06', 300000, { category: 'income', merchant: 'Acme' }), // Monday
  tx('2025-01-06', -5000, { merchant: 'Lidl' }),
  tx('2025-01-07', -1500, { category: 'dining', merchant: 'Cafe' }), // Tuesday
  tx('2025-01-08', -30000, { category: 'transfers', merchant: 'Savings' }),
  tx('2025-02-03', -2500, { merchant: 'Lidl' }),
  tx('2025-02-04', -999, { currency: 'USD', merchant: 'US shop' }),
]);
const all = { from: isoToDayNumber('2025-01-01'), to: isoToDayNumber('2025-02-28') };

describe('dashboard queries on columns', () => {
  it('picks the main currency', () => {
    expect(mainCurrency(columns)).toBe('EUR');
  });

  it('totals income and spending without transfers or other currencies', () => {
    expect(totalFlows(columns, 'EUR', all)).toEqual({ income: 300000, spending: 9000 });
    expect(totalFlows(columns, 'EUR', { from: all.from, to: isoToDayNumber('2025-01-31') })).toEqual({
      income: 300000,
      spending: 6500,
    });
  });

  it('starts a range on its first day, wherever that falls among the rows', () => {
    const from = (iso: string) => totalFlows(columns, 'EUR', { from: isoToDayNumber(iso), to: all.to });
    // The first day of the range holds two rows, neither skipped.
    expect(from('2025-01-06')).toEqual({ income: 300000, spending: 9000 });
    // Between two rows, and on a day whose row is a transfer.
    expect(from('2025-01-07')).toEqual({ income: 0, spending: 4000 });
    expect(from('2025-01-08')).toEqual({ income: 0, spending: 2500 });
    // After the last row, and before the first.
    expect(from('2025-03-01')).toEqual({ income: 0, spending: 0 });
    expect(totalFlows(columns, 'EUR', { from: 0, to: isoToDayNumber('2025-01-05') })).toEqual({
      income: 0,
      spending: 0,
    });
  });

  it('breaks spending down by category and merchant', () => {
    expect(spendingByCategory(columns, 'EUR', all)).toEqual([
      { key: 'groceries', amount: 7500, count: 2 },
      { key: 'dining', amount: 1500, count: 1 },
    ]);
    expect(spendingByMerchant(columns, 'EUR', all, 1)).toEqual([{ key: 'Lidl', amount: 7500, count: 2 }]);
  });

  it('groups income and expenses by month', () => {
    expect(monthlyFlows(columns, 'EUR', all)).toEqual([
      { month: '2025-01', income: 300000, expenses: 6500 },
      { month: '2025-02', income: 0, expenses: 2500 },
    ]);
  });

  it('averages spending per weekday over the weeks in range', () => {
    const week = { from: isoToDayNumber('2025-01-06'), to: isoToDayNumber('2025-01-12') };
    expect(spendingByWeekday(columns, 'EUR', week)).toEqual([5000, 1500, 0, 0, 0, 0, 0]);
  });
});

describe('splits in the category figures', () => {
  it('counts a −100 row split 60/40 as 60 and 40 in their categories', () => {
    const split = toColumns([
      tx('2025-03-01', -10000, {
        category: 'shopping',
        splits: [
          { category: 'groceries', amount: -6000 },
          { category: 'gifts', amount: -4000 },
        ],
      }),
      tx('2025-03-02', -500, { category: 'dining' }),
      tx('2025-03-03', -700, { category: 'dining', splits: [{ category: 'groceries', amount: -100 }] }),
    ]);
    const range = { from: isoToDayNumber('2025-03-01'), to: isoToDayNumber('2025-03-31') };
    expect(spendingByCategory(split, 'EUR', range)).toEqual([
      { key: 'groceries', amount: 6000, count: 1 },
      { key: 'gifts', amount: 4000, count: 1 },
      { key: 'dining', amount: 1200, count: 2 },
    ]);
    expect(totalFlows(split, 'EUR', range).spending).toBe(11200);
  });
});

describe('toColumns ordering', () => {
  it('puts rows from several chronological runs (accounts) in date then id order', () => {
    const row = (id: number, date: string, accountId: number) =>
      ({
        id,
        date,
        accountId,
        amount: -id,
        balance: null,
        category: 'x',
        merchant: 'm',
        currency: 'EUR',
      }) as never;
    const columns = toColumns([
      row(1, '2025-01-01', 1),
      row(3, '2025-01-03', 1),
      row(5, '2025-01-05', 1),
      row(2, '2025-01-02', 2),
      row(4, '2025-01-03', 2),
      row(6, '2025-01-01', 3),
    ]);
    expect([...columns.amount]).toEqual([-1, -6, -2, -3, -4, -5]);
  });
});
