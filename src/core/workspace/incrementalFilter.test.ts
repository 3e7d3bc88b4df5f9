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

describe('IncrementalFilter after an edit', () => {
  it('looks again only at the replaced rows, and agrees with a full pass', () => {
    const incremental = new IncrementalFilter<(typeof rows)[number]>();
    const filter: TransactionFilter = { query: 'wal', uncategorizedOnly: true };
    const before = rows.map((row, index) => ({
      ...row,
      category: index % 2 ? 'uncategorized' : row.category,
    }));
    const textOf = (list: typeof rows) => (index: number) =>
      searchTextOf(list[index] as (typeof rows)[number]);
    incremental.apply(before, filter, textOf(before));
    // One row leaves (categorized by hand), one joins (its category cleared), one changes but still matches.
    const after = before.slice();
    const changed = [1, 0, 3];
    after[1] = { ...(before[1] as (typeof rows)[number]), category: 'health' };
    after[0] = { ...(before[0] as (typeof rows)[number]), category: 'uncategorized' };
    after[3] = { ...(before[3] as (typeof rows)[number]), note: 'still wal' };
    const tested: number[] = [];
    const result = incremental.apply(
      after,
      filter,
      (index) => {
        tested.push(index);
        return textOf(after)(index);
      },
      { rows: before, changed },
    );
    expect(result.map((row) => row.id)).toEqual(filterTransactions(after, filter).map((row) => row.id));
    expect(result.map((row) => row.id)).toEqual([after[0]?.id, after[3]?.id]);
    expect(tested.every((index) => changed.includes(index))).toBe(true);
  });

  it('passes over every row when the filter changed too', () => {
    const incremental = new IncrementalFilter<(typeof rows)[number]>();
    incremental.apply(rows, { query: 'wal' }, textAt);
    const after = rows.slice();
    after[5] = { ...(rows[5] as (typeof rows)[number]), note: 'walk' };
    expect(
      incremental.apply(after, { query: 'walk' }, (i) => searchTextOf(after[i] as (typeof rows)[number]), {
        rows,
        changed: [5],
      }),
    ).toEqual([after[5]]);
  });
});

describe('IncrementalFilter.narrowsCheaply', () => {
  it('only after a filtered result over the same rows that the new filter narrows', () => {
    const incremental = new IncrementalFilter<(typeof rows)[number]>();
    expect(incremental.narrowsCheaply(rows, { query: 'wal' })).toBe(false);
    incremental.apply(rows, {}, textAt);
    // Nothing filtered yet: narrowing would test every row.
    expect(incremental.narrowsCheaply(rows, { query: 'wal' })).toBe(false);
    incremental.apply(rows, { query: 'wal' }, textAt);
    expect(incremental.narrowsCheaply(rows, { query: 'walg' })).toBe(true);
    expect(incremental.narrowsCheaply(rows, { query: 'wa' })).toBe(false);
    expect(incremental.narrowsCheaply(rows.slice(), { query: 'walg' })).toBe(false);
  });
});
