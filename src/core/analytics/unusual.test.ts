import { describe, expect, it } from 'vitest';
import { dayNumberToIso, isoToDayNumber } from '../dates';
import type { Transaction } from '../types';
import { toColumns } from './columns';
import type { DayRange } from './columnsQueries';
import { findRecurring } from './recurring';
import { charge, everyday, monthlyDates } from './recurring.testkit';
import { findUnusual } from './unusual';

const ALL: DayRange = { from: -1e9, to: 1e9 };

function unusual(rows: Transaction[], range: DayRange = ALL, limit?: number) {
  const columns = toColumns(rows);
  const { items } = findRecurring(columns, 'EUR');
  return findUnusual(columns, 'EUR', range, items, limit ? { limit } : {}).map((entry) => ({
    ...entry,
    date: dayNumberToIso(entry.day),
  }));
}

const range = (from: string, to: string): DayRange => ({
  from: isoToDayNumber(from),
  to: isoToDayNumber(to),
});

/** Two years of ordinary life: groceries, coffees, Amazon, rent and subscriptions. */
function life(): Transaction[] {
  return [
    ...everyday('2024-01-01', 730, 3),
    ...monthlyDates(2024, 1, 3, 24).map((date) =>
      charge(date, 98000, 'Foncia', { category: 'housing', kind: 'directDebit' }),
    ),
    ...monthlyDates(2024, 1, 20, 24).map((date) =>
      charge(date, 1112, 'Spotify', { category: 'entertainment' }),
    ),
    ...monthlyDates(2024, 1, 8, 24).map((date, index) =>
      charge(date, 4000 + ((index * 977) % 4500), 'EDF', { category: 'utilities', kind: 'directDebit' }),
    ),
    charge('2024-05-20', 46400, 'Airbnb', { category: 'travel' }),
    charge('2024-08-11', 48600, 'Mercure', { category: 'travel' }),
    charge('2025-05-10', 38800, 'Airbnb', { category: 'travel' }),
    charge('2025-07-20', 41200, 'Mercure', { category: 'travel' }),
    charge('2024-09-25', 41200, 'DGFIP', { category: 'taxes', kind: 'directDebit' }),
    charge('2025-09-25', 43800, 'DGFIP', { category: 'taxes', kind: 'directDebit' }),
  ];
}

describe('findUnusual', () => {
  it('flags a large one-off purchase and nothing in ordinary life', () => {
    expect(unusual(life())).toEqual([]);
    const found = unusual([...life(), charge('2025-02-09', 124900, 'Darty', { category: 'shopping' })]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      merchant: 'Darty',
      amount: 124900,
      reason: 'large',
      date: '2025-02-09',
    });
    expect(found[0]?.values.ratio).toBeGreaterThan(3);
    expect(found[0]?.values.usual).toBeGreaterThan(0);
  });

  it('needs enough history before calling anything large', () => {
    expect(unusual([charge('2025-01-02', 500, 'Paul'), charge('2025-01-03', 124900, 'Darty')])).toEqual([]);
  });

  it('flags a bill far above that merchant’s usual amount', () => {
    const found = unusual([
      ...life(),
      charge('2025-03-09', 26000, 'EDF', { category: 'utilities', kind: 'directDebit' }),
    ]);
    expect(found.map((entry) => [entry.merchant, entry.reason, entry.date])).toEqual([
      ['EDF', 'aboveUsual', '2025-03-09'],
    ]);
    expect(found[0]?.values.ratio).toBeGreaterThan(3);
  });

  it('does not flag a slightly bigger grocery run or a third coffee', () => {
    const rows = [
      ...life(),
      charge('2025-03-09', 9900, 'Carrefour City', { category: 'groceries' }),
      charge('2025-03-10', 390, 'Starbucks', { category: 'dining' }),
      charge('2025-03-10', 390, 'Starbucks', { category: 'dining' }),
      charge('2025-03-10', 390, 'Starbucks', { category: 'dining' }),
    ];
    expect(unusual(rows)).toEqual([]);
  });

  it('flags a subscription charged twice, never two coffees', () => {
    const rows = [...life(), charge('2025-04-21', 1112, 'Spotify', { category: 'entertainment' })];
    const found = unusual(rows);
    expect(found.map((entry) => [entry.merchant, entry.reason, entry.date, entry.values.days])).toEqual([
      ['Spotify', 'duplicate', '2025-04-21', 1],
    ]);
  });

  it('flags a subscription price increase in the period only', () => {
    const rows = [
      ...life(),
      ...monthlyDates(2024, 1, 15, 24).map((date, index) =>
        charge(date, index < 18 ? 1349 : 1599, 'Netflix', { category: 'entertainment' }),
      ),
    ];
    const found = unusual(rows);
    expect(found.map((entry) => [entry.merchant, entry.reason, entry.date, entry.values])).toEqual([
      ['Netflix', 'priceIncrease', '2025-07-15', { from: 1349, to: 1599 }],
    ]);
    expect(unusual(rows, range('2025-08-01', '2025-12-31'))).toEqual([]);
  });

  it('flags a large first payment to a new merchant out of character for its category', () => {
    const found = unusual([
      ...life(),
      charge('2025-06-01', 25000, 'Unknown Web Shop', { category: 'shopping' }),
    ]);
    expect(found.map((entry) => [entry.merchant, entry.reason])).toEqual([
      ['Unknown Web Shop', 'newMerchant'],
    ]);
  });

  it('lists only the selected period, the most notable first, up to the limit', () => {
    const rows = [
      ...life(),
      charge('2024-06-09', 150000, 'Darty', { category: 'shopping' }),
      charge('2025-02-09', 124900, 'Boulanger', { category: 'shopping' }),
      charge('2025-04-21', 1112, 'Spotify', { category: 'entertainment' }),
      charge('2025-03-09', 26000, 'EDF', { category: 'utilities', kind: 'directDebit' }),
    ];
    expect(unusual(rows).map((entry) => entry.merchant)).toEqual(['Darty', 'Boulanger', 'EDF', 'Spotify']);
    expect(unusual(rows, range('2025-01-01', '2025-12-31')).map((entry) => entry.merchant)).toEqual([
      'Boulanger',
      'EDF',
      'Spotify',
    ]);
    expect(unusual(rows, ALL, 2).map((entry) => entry.merchant)).toEqual(['Darty', 'Boulanger']);
  });

  it('ignores transfers, cash withdrawals and money in', () => {
    const rows = [
      ...life(),
      charge('2025-02-01', 500000, 'Livret A', { category: 'transfers', kind: 'transfer' }),
      charge('2025-02-02', 80000, 'Cash Withdrawal', { category: 'cash', kind: 'cash' }),
      { ...charge('2025-02-03', 900000, 'Notaire', { category: 'income' }), amount: 900000 },
    ];
    expect(unusual(rows)).toEqual([]);
  });

  it('returns nothing for no data', () => {
    expect(unusual([])).toEqual([]);
  });
});
