import { describe, expect, it } from 'vitest';
import { dayNumberToIso } from '../dates';
import type { Transaction } from '../types';
import { toColumns } from './columns';
import type { DayRange } from './columnsQueries';
import { findRecurring } from './recurring';
import { charge, everyday, monthlyDates } from './recurring.testkit';
import { findUnusual } from './unusual';

const ALL: DayRange = { from: -1e9, to: 1e9 };

function alerts(rows: Transaction[]) {
  const columns = toColumns(rows);
  const { items } = findRecurring(columns, 'EUR');
  return findUnusual(columns, 'EUR', ALL, items, { limit: 20 }).map((entry) => ({
    merchant: entry.merchant,
    reason: entry.reason,
    date: dayNumberToIso(entry.day),
    count: entry.rows.length,
    values: entry.values,
  }));
}

/** A year of ordinary life: groceries, coffees (two identical ones on some days), Amazon, rent, a bank card fee. */
function life(): Transaction[] {
  return [
    ...everyday('2025-01-01', 365, 7),
    ...monthlyDates(2025, 1, 3, 12).map((date) =>
      charge(date, 98000, 'Foncia', { category: 'housing', kind: 'directDebit' }),
    ),
    ...monthlyDates(2025, 1, 6, 12).map((date) =>
      charge(date, 290, 'Cotisation Carte', { category: 'fees', kind: 'fee' }),
    ),
  ];
}
const reasons = (rows: Transaction[]) => alerts(rows).map((entry) => [entry.merchant, entry.reason]);

describe('fraud-like signs', () => {
  it('finds nothing in ordinary life', () => {
    expect(alerts(life())).toEqual([]);
  });

  it('flags card testing: three tiny charges at once at an unknown merchant, not a bakery’s small buys', () => {
    const testing = [99, 100, 149].map((amount) => charge('2025-05-12', amount, 'PAYPAL *XKQ3SHOP'));
    const found = alerts([...life(), ...testing]);
    expect(found.map((entry) => [entry.merchant, entry.reason, entry.count])).toEqual([
      ['PAYPAL *XKQ3SHOP', 'cardTesting', 3],
    ]);
    expect(found[0]?.values).toEqual({ count: 3, total: 348 });
    const bakery = ['2025-05-12', '2025-05-12', '2025-05-12', '2025-05-20'].map((date, index) =>
      charge(date, index === 3 ? 850 : 120, 'Boulangerie', { category: 'groceries' }),
    );
    expect(reasons([...life(), charge('2025-04-01', 640, 'Boulangerie'), ...bakery])).toEqual([]);
  });

  it('flags a €1 trial that turned into a paid subscription, not a small first purchase at a shop', () => {
    const trial = [
      charge('2025-04-02', 100, 'Canal+'),
      ...['2025-05-02', '2025-06-02', '2025-07-02'].map((date) => charge(date, 2499, 'Canal+')),
    ];
    expect(alerts([...life(), ...trial]).map((entry) => [entry.reason, entry.date, entry.values])).toEqual([
      ['trialConverted', '2025-05-02', { from: 100, to: 2499 }],
    ]);
    const shop = [charge('2025-04-02', 150, 'Fnac'), charge('2025-06-20', 2499, 'Fnac')];
    expect(reasons([...life(), ...shop])).toEqual([]);
  });

  it('flags a charge from a subscription that had stopped, not a subscription that goes on', () => {
    const stopped = [...monthlyDates(2025, 1, 23, 5), '2025-11-23'].map((date) =>
      charge(date, 1199, 'Deezer', { category: 'entertainment' }),
    );
    expect(alerts([...life(), ...stopped]).map((entry) => [entry.reason, entry.date, entry.count])).toEqual([
      ['stoppedSubscription', '2025-11-23', 2],
    ]);
    const running = monthlyDates(2025, 1, 23, 12).map((date) =>
      charge(date, 1199, 'Deezer', { category: 'entertainment' }),
    );
    expect(reasons([...life(), ...running])).toEqual([]);
  });

  it('flags the same big charge twice, never two coffees or a shop where it is usual', () => {
    const twice = [charge('2025-06-20', 5999, 'Decathlon'), charge('2025-06-20', 5999, 'Decathlon')];
    expect(reasons([...life(), ...twice])).toEqual([['Decathlon', 'sameCharge']]);
    const habit = [
      ...twice,
      charge('2025-08-20', 5999, 'Decathlon'),
      charge('2025-08-21', 5999, 'Decathlon'),
    ];
    expect(reasons([...life(), ...habit])).toEqual([]);
  });

  it('flags a new kind of bank fee and groups foreign-exchange fees', () => {
    const fees = [
      charge('2025-04-16', 800, 'Commission d Intervention', { category: 'fees', kind: 'fee' }),
      charge('2025-11-23', 25, 'Frais Paiement Hors Zone Euro', { category: 'fees', kind: 'fee' }),
      charge('2025-11-24', 129, 'Frais Paiement Hors Zone Euro', { category: 'fees', kind: 'fee' }),
      charge('2025-11-25', 79, 'Frais Paiement Hors Zone Euro', { category: 'fees', kind: 'fee' }),
    ];
    const found = alerts([...life(), ...fees]);
    expect(found.map((entry) => [entry.merchant, entry.reason, entry.count])).toEqual(
      expect.arrayContaining([
        ['Commission d Intervention', 'newFee', 1],
        ['Frais Paiement Hors Zone Euro', 'fxFee', 3],
      ]),
    );
    expect(found.find((entry) => entry.reason === 'fxFee')?.values).toEqual({ count: 3, total: 233 });
    expect(found).toHaveLength(2);
  });
});
