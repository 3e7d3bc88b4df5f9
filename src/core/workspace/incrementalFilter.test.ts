import { describe, expect, it } from 'vitest';
import { filterTransactions, narrows, searchTextOf, type TransactionFilter } from './filter';
import { IncrementalFilter } from './incrementalFilter';
import { tx } from './testRows';

const named = (overrides: Parameters<typeof tx>[0]) => ({
  ...tx(overrides),
  accountName: 'Chase Checking',
  categoryName: 'Groceries',
});

const rows = [
  named({ description: 'WALGREENS #4102 SEATTLE WA', merchant: 'Walgreens', amount: -1599 }),
  named({ description: 'WALGREENS #413 PORTLAND OR', merchant: 'Walgreens', amount: -410 }),
  named({ description: 'POS WAL-MART #12', merchant: 'Walmart', amount: -4100 }),
  named({
    description: 'Café Walden',
    merchant: 'Café Walden',
    note: 'walgreens #41 next door',
    amount: -41,
  }),
  named({ description: 'SHELL OIL 5741', merchant: 'Shell', amount: -41, currency: 'USD' }),
  named({ description: 'PAYROLL', merchant: 'Acme', amount: 250000, accountId: 2 }),
];
const textAt = (index: number) => searchTextOf(rows[index] as (typeof rows)[number]);

describe('IncrementalFilter', () => {
  it('gives what a full pass gives, whatever was typed before', () => {
    const steps: TransactionFilter[] = [
      { query: '4' },
      { query: '41' },
      { query: 'w' },
      { query: 'wal' },
      { query: 'walgreens #41' },
      { query: 'walgreens #41', accountId: 2 },
      { query: 'walgreens #41' },
      { query: 'WAL' },
      { query: '0.41' },
      { query: '0.415' },
      { query: '0.4' },
      { query: '' },
      { query: 'é' },
      { query: 'e', uncategorizedOnly: false },
    ];
    const incremental = new IncrementalFilter<(typeof rows)[number]>();
    for (const filter of steps)
      expect(incremental.apply(rows, filter, textAt).map((row) => row.id)).toEqual(
        filterTransactions(rows, filter).map((row) => row.id),
      );
  });

  it('starts again on other rows', () => {
    const incremental = new IncrementalFilter<(typeof rows)[number]>();
    expect(incremental.apply(rows.slice(0, 2), { query: 'wal' }, textAt)).toHaveLength(2);
    expect(incremental.apply(rows, { query: 'walgreens' }, textAt)).toHaveLength(3);
  });
});

describe('narrows', () => {
  it('only when the text grows and nothing else changes', () => {
    expect(narrows({ query: 'wal' }, { query: ' Walgreens ' })).toBe(true);
    expect(
      narrows({ query: 'wal', categories: new Set(['a']) }, { query: 'walg', categories: new Set(['a']) }),
    ).toBe(true);
    expect(narrows({ query: 'walg' }, { query: 'wal' })).toBe(false);
    expect(narrows({ query: 'wal' }, { query: 'walg', accountId: 1 })).toBe(false);
    expect(
      narrows({ query: 'wal', uncategorizedOnly: true }, { query: 'walg', uncategorizedOnly: false }),
    ).toBe(false);
    // "15" finds €15.00 by size; "15.9" finds €15.90, which "15" did not.
    expect(narrows({ query: '15' }, { query: '15.9' })).toBe(false);
  });
});
