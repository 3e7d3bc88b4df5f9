import { describe, expect, it } from 'vitest';
import { filterTransactions, merchantKeyOf, sortTransactions } from './filter';
import { tx } from './testRows';

const named = (overrides: Parameters<typeof tx>[0]) => ({
  ...tx(overrides),
  accountName: overrides?.accountId === 2 ? 'Savings' : 'Main',
  categoryName: 'Whatever',
});

const rows = [
  named({
    date: '2025-01-03',
    merchant: 'Carrefour City',
    merchantKey: 'carrefour city',
    category: 'groceries',
    amount: -2500,
  }),
  named({
    date: '2025-01-01',
    merchant: 'Café Zéro',
    category: 'uncategorized',
    amount: -450,
    note: 'with Ana',
  }),
  named({ date: '2025-01-02', merchant: 'Salary', category: 'income', amount: 250000, accountId: 2 }),
  named({
    date: '2025-01-04',
    merchant: 'Big Store',
    category: 'uncategorized',
    amount: -9000,
    splits: [
      { category: 'groceries', amount: -6000 },
      { category: 'shopping', amount: -3000 },
    ],
  }),
];

describe('filterTransactions', () => {
  it('returns the same array when nothing filters', () => {
    expect(filterTransactions(rows, {})).toBe(rows);
  });
  it('searches accent-insensitively, notes included', () => {
    expect(filterTransactions(rows, { query: 'cafe' }).map((r) => r.merchant)).toEqual(['Café Zéro']);
    expect(filterTransactions(rows, { query: 'ANA' })).toHaveLength(1);
  });
  it('finds text in other scripts whatever its case or width', () => {
    const foreign = [
      named({ merchant: 'ПЯТЕРОЧКА', description: 'ПЯТЕРОЧКА 1234' }),
      named({ merchant: 'ｽﾀｰﾊﾞｯｸｽ', description: 'ｽﾀｰﾊﾞｯｸｽ ｺｰﾋｰ' }),
      named({ merchant: '스타벅스', description: '스타벅스 강남점' }),
    ];
    expect(filterTransactions(foreign, { query: 'пятер' }).map((r) => r.merchant)).toEqual(['ПЯТЕРОЧКА']);
    expect(filterTransactions(foreign, { query: 'スターバックス' }).map((r) => r.merchant)).toEqual([
      'ｽﾀｰﾊﾞｯｸｽ',
    ]);
    expect(filterTransactions(foreign, { query: '강남' }).map((r) => r.merchant)).toEqual(['스타벅스']);
  });
  it('combines account, category (splits count), merchant, dates and absolute amounts', () => {
    expect(filterTransactions(rows, { accountId: 2 })).toHaveLength(1);
    expect(filterTransactions(rows, { category: 'groceries' }).map((r) => r.merchant)).toEqual([
      'Carrefour City',
      'Big Store',
    ]);
    expect(filterTransactions(rows, { merchantKey: 'carrefour city' })).toHaveLength(1);
    expect(filterTransactions(rows, { merchant: 'CAFE' }).map((r) => r.merchant)).toEqual(['Café Zéro']);
    expect(filterTransactions(rows, { from: '2025-01-02', to: '2025-01-03' })).toHaveLength(2);
    expect(filterTransactions(rows, { minAmount: 1000, maxAmount: 10000 }).map((r) => r.merchant)).toEqual([
      'Carrefour City',
      'Big Store',
    ]);
  });
  it('keeps only uncategorized, unsplit transactions when asked', () => {
    expect(filterTransactions(rows, { uncategorizedOnly: true }).map((r) => r.merchant)).toEqual([
      'Café Zéro',
    ]);
  });
  it('finds a merchant by the name the interface shows it under, in another language than stored', () => {
    const withCash = [
      ...rows,
      named({ merchant: 'Cash Withdrawal', description: 'ATM WITHDRAWAL 123 MAIN ST' }),
    ];
    expect(filterTransactions(withCash, { query: 'retrait' })).toEqual([]);
    const found = filterTransactions(withCash, {
      query: 'retrait',
      searchMerchants: new Set(['cash withdrawal']),
    });
    expect(found.map((r) => r.merchant)).toEqual(['Cash Withdrawal']);
  });
  it('derives a key from the merchant name when the importer gave none', () => {
    expect(merchantKeyOf({ merchant: 'Café  Zéro' })).toBe('cafe zero');
  });
});

describe('sortTransactions', () => {
  it('sorts by date, amount or merchant in either direction without mutating', () => {
    expect(sortTransactions(rows, { key: 'date', direction: 'desc' }).map((r) => r.date)).toEqual([
      '2025-01-04',
      '2025-01-03',
      '2025-01-02',
      '2025-01-01',
    ]);
    // By size whatever the sign: the salary is the largest, the €4.50 coffee the smallest.
    expect(sortTransactions(rows, { key: 'amount', direction: 'desc' }).map((r) => r.amount)).toEqual([
      250000, -9000, -2500, -450,
    ]);
    expect(sortTransactions(rows, { key: 'merchant', direction: 'asc' }).map((r) => r.merchant)).toEqual([
      'Big Store',
      'Café Zéro',
      'Carrefour City',
      'Salary',
    ]);
    expect(rows[0]?.merchant).toBe('Carrefour City');
  });
});

describe('drill-down filters', () => {
  const byMerchants = (filter: Parameters<typeof filterTransactions>[1]) =>
    filterTransactions(rows, filter).map((row) => row.merchant);

  it('finds an amount typed either way, whatever its sign', () => {
    expect(byMerchants({ query: '25.00' })).toEqual(['Carrefour City']);
    expect(byMerchants({ query: '4,5' })).toEqual(['Café Zéro']);
    expect(byMerchants({ query: '-90' })).toEqual(['Big Store']);
    expect(byMerchants({ query: '2500' })).toEqual(['Salary']);
  });

  it('keeps only money out without transfers, one weekday, one currency, exact ids or an exact name', () => {
    const transfer = named({ merchant: 'To savings', category: 'transfers', amount: -5000 });
    const dollars = named({ merchant: 'Carrefour', currency: 'USD', amount: -100 });
    const all = [...rows, transfer, dollars];
    const names = (filter: Parameters<typeof filterTransactions>[1]) =>
      filterTransactions(all, filter).map((row) => row.merchant);
    expect(names({ flow: 'out', currency: 'EUR' })).toEqual(['Carrefour City', 'Café Zéro', 'Big Store']);
    expect(names({ flow: 'in' })).toEqual(['Salary']);
    // 2025-01-02 was a Thursday (ISO weekday 3).
    expect(names({ weekday: 3 })).toEqual(['Salary']);
    expect(names({ ids: new Set([dollars.id ?? -1]) })).toEqual(['Carrefour']);
    expect(names({ merchantName: 'carrefour' })).toEqual(['Carrefour']);
    expect(names({ merchantName: 'CAFE ZERO' })).toEqual(['Café Zéro']);
    expect(names({ categories: new Set(['income', 'shopping']) })).toEqual([
      'Salary',
      'Big Store',
      'Carrefour',
    ]);
  });
});
