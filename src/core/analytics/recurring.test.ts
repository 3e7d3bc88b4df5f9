import { describe, expect, it } from 'vitest';
import { dayNumberToIso, isoToDayNumber } from '../dates';
import type { Transaction } from '../types';
import { toColumns } from './columns';
import { findRecurring, recurringOverview } from './recurring';
import { charge, everyday, everyNDays, monthlyDates } from './recurring.testkit';

function detect(rows: Transaction[], asOf?: string) {
  return findRecurring(toColumns(rows), 'EUR', asOf ? { asOf: isoToDayNumber(asOf) } : {});
}

function only(rows: Transaction[], asOf?: string) {
  const { items } = detect(rows, asOf);
  expect(items).toHaveLength(1);
  return items[0] as (typeof items)[number];
}

const iso = dayNumberToIso;

describe('findRecurring: cadences', () => {
  it('finds a monthly subscription with its typical amount, next date and monthly cost', () => {
    const item = only(monthlyDates(2025, 1, 20, 12).map((date) => charge(date, 1112, 'Spotify')));
    expect(item).toMatchObject({
      merchant: 'Spotify',
      cadence: 'monthly',
      amount: 1112,
      monthly: 1112,
      count: 12,
    });
    expect(iso(item.last)).toBe('2025-12-20');
    expect(iso(item.next)).toBe('2026-01-20');
    expect(item.active).toBe(true);
    expect(item.variable).toBe(false);
    expect(item.priceChange).toBeUndefined();
  });

  it('handles a payment on the 31st that falls on the 30th, 29th or 28th in short months', () => {
    const dates = monthlyDates(2023, 10, 31, 8); // Oct 31, Nov 30, Dec 31, Jan 31, Feb 29 (2024), Mar 31…
    expect(dates).toContain('2024-02-29');
    const item = only(dates.map((date) => charge(date, 999, 'Cloud Storage')));
    expect(item.cadence).toBe('monthly');
    expect(iso(item.last)).toBe('2024-05-31');
    expect(iso(item.next)).toBe('2024-06-30');
  });

  it('handles a payment on the 28th that moves a few days for weekends', () => {
    const dates = monthlyDates(2025, 1, 28, 10).map((date, index) =>
      index % 3 === 1 ? dayNumberToIso(isoToDayNumber(date) + 3) : date,
    );
    expect(only(dates.map((date) => charge(date, 4500, 'Gym'))).cadence).toBe('monthly');
  });

  it('tolerates one skipped month but not a pattern of gaps', () => {
    const skipped = monthlyDates(2025, 1, 5, 10).filter((_, index) => index !== 4);
    expect(only(skipped.map((date) => charge(date, 1999, 'Free Mobile'))).cadence).toBe('monthly');
    const ragged = monthlyDates(2025, 1, 5, 12).filter((_, index) => index % 2 === 0 || index === 1);
    expect(detect(ragged.map((date) => charge(date, 1999, 'Free Mobile'))).items).toEqual([]);
  });

  it('finds yearly insurance from two identical payments, but not from two different amounts', () => {
    const item = only([
      charge('2024-03-02', 21000, 'AXA', { category: 'insurance', kind: 'directDebit' }),
      charge('2025-03-05', 21000, 'AXA', { category: 'insurance', kind: 'directDebit' }),
    ]);
    expect(item).toMatchObject({ cadence: 'yearly', amount: 21000, monthly: 1750 });
    expect(iso(item.next)).toBe('2026-03-05');
    expect(
      detect([charge('2024-09-25', 41200, 'DGFIP'), charge('2025-09-25', 43800, 'DGFIP')]).items,
    ).toEqual([]);
    expect(detect([charge('2024-03-02', 21000, 'AXA'), charge('2024-09-02', 21000, 'AXA')]).items).toEqual(
      [],
    );
  });

  it('finds a yearly bill whose amount changes every year over three years', () => {
    const item = only(
      ['2023-01-10', '2024-01-12', '2025-01-09'].map((date, index) =>
        charge(date, 30000 + index * 1500, 'MAIF', { category: 'insurance', kind: 'directDebit' }),
      ),
    );
    expect(item.cadence).toBe('yearly');
  });

  it('finds a quarterly payment', () => {
    const item = only(
      monthlyDates(2024, 1, 10, 12)
        .filter((_, index) => index % 3 === 0)
        .map((date) => charge(date, 11862, 'MAIF', { category: 'insurance', kind: 'directDebit' })),
    );
    expect(item).toMatchObject({ cadence: 'quarterly', monthly: 3954 });
    expect(iso(item.next)).toBe('2025-01-10');
  });

  it('finds a weekly gym class (and needs four of them)', () => {
    const dates = everyNDays('2025-03-03', 7, 10);
    const item = only(dates.map((date) => charge(date, 1200, 'Yoga Studio', { category: 'personal_care' })));
    expect(item).toMatchObject({ cadence: 'weekly', amount: 1200, monthly: 5218 });
    expect(iso(item.next)).toBe('2025-05-12');
    expect(detect(dates.slice(0, 3).map((date) => charge(date, 1200, 'Yoga Studio'))).items).toEqual([]);
  });

  it('needs three monthly charges', () => {
    expect(detect(monthlyDates(2025, 1, 3, 2).map((date) => charge(date, 999, 'Disney+'))).items).toEqual([]);
    expect(only(monthlyDates(2025, 1, 3, 3).map((date) => charge(date, 999, 'Disney+'))).count).toBe(3);
  });
});

describe('findRecurring: amounts', () => {
  it('reports a price increase with its date and uses the new price', () => {
    const rows = monthlyDates(2024, 11, 15, 24).map((date, index) =>
      charge(date, index < 12 ? 1349 : 1599, 'Netflix', { category: 'entertainment' }),
    );
    const item = only(rows);
    expect(item.amount).toBe(1599);
    expect(item.priceChange).toMatchObject({ from: 1349, to: 1599 });
    expect(iso(item.priceChange?.day ?? 0)).toBe('2025-11-15');
  });

  it('reports a price change that happened on the very last charge', () => {
    const rows = monthlyDates(2025, 1, 1, 8).map((date, index) =>
      charge(date, index < 7 ? 1099 : 1299, 'Deezer'),
    );
    expect(only(rows).priceChange).toMatchObject({ from: 1099, to: 1299 });
  });

  it('accepts varying utility bills paid by direct debit, with their median', () => {
    const bills = [7499, 8246, 8647, 8029, 7603, 6366, 5159, 4079, 3974, 4162, 5136, 6091];
    const rows = monthlyDates(2025, 1, 8, 12).map((date, index) =>
      charge(date, bills[index] as number, 'EDF', { category: 'utilities', kind: 'directDebit' }),
    );
    const item = only(rows);
    expect(item).toMatchObject({ cadence: 'monthly', variable: true });
    expect(item.amount).toBe(6229);
    expect(item.priceChange).toBeUndefined();
  });

  it('does not take varying card spending on a regular day for a subscription', () => {
    const rows = monthlyDates(2025, 1, 8, 12).map((date, index) =>
      charge(date, 4000 + ((index * 3719) % 5000), 'Lidl', { category: 'groceries' }),
    );
    expect(detect(rows).items).toEqual([]);
  });

  it('separates two lines at one provider (mobile and internet)', () => {
    const rows = monthlyDates(2025, 1, 5, 12).flatMap((date) => [
      charge(date, 1999, 'Free', { category: 'utilities', kind: 'directDebit' }),
      charge(date.slice(0, 8) + '11', 2999, 'Free', { category: 'utilities', kind: 'directDebit' }),
    ]);
    const { items, monthlyTotal } = detect(rows);
    expect(items.map((item) => item.amount)).toEqual([2999, 1999]);
    expect(new Set(items.map((item) => item.key)).size).toBe(2);
    expect(monthlyTotal).toBe(4998);
  });

  it('finds a subscription among other purchases at the same merchant', () => {
    const rows = [
      ...monthlyDates(2025, 1, 12, 12).map((date) => charge(date, 699, 'Amazon', { category: 'shopping' })),
      ...everyday('2025-01-01', 365).filter((row) => row.merchant === 'Amazon'),
    ];
    const item = only(rows);
    expect(item).toMatchObject({ merchant: 'Amazon', amount: 699, cadence: 'monthly' });
  });

  it('keeps a duplicated charge aside as an extra', () => {
    const dates = monthlyDates(2025, 1, 15, 10);
    const rows = [
      ...dates.map((date) => charge(date, 1599, 'Netflix')),
      charge('2025-06-16', 1599, 'Netflix'),
    ];
    const item = only(rows);
    expect(item.count).toBe(10);
    expect(item.extras).toHaveLength(1);
  });
});

describe('findRecurring: what is not recurring', () => {
  it('never takes coffees (even twice a day) or groceries for subscriptions', () => {
    expect(detect(everyday('2024-01-01', 730, 7)).items).toEqual([]);
  });

  it('leaves out transfers, cash withdrawals, income and other currencies', () => {
    const dates = monthlyDates(2025, 1, 28, 12);
    const rows = dates.flatMap((date) => [
      charge(date, 30000, 'Livret A', { category: 'transfers', kind: 'transfer' }),
      charge(date, 6000, 'Cash Withdrawal', { category: 'cash', kind: 'cash' }),
      charge(date, 4000, 'ATM', { category: 'uncategorized', kind: 'cash' }),
      { ...charge(date, 250000, 'Acme Salary', { category: 'income', kind: 'income' }), amount: 250000 },
      charge(date, 999, 'US Streaming', { currency: 'USD' }),
      charge(date, 1, 'Filler'),
    ]);
    const { items } = detect(rows);
    expect(items.map((item) => item.merchant)).toEqual(['Filler']);
  });

  it('marks an ended subscription as inactive and lists it after the active ones', () => {
    const rows = [
      ...monthlyDates(2024, 1, 10, 6).map((date) => charge(date, 5000, 'Old Gym')),
      ...monthlyDates(2024, 1, 20, 12).map((date) => charge(date, 999, 'Spotify')),
    ];
    const { items, monthlyTotal } = detect(rows);
    expect(items.map((item) => [item.merchant, item.active])).toEqual([
      ['Spotify', true],
      ['Old Gym', false],
    ]);
    expect(monthlyTotal).toBe(999);
    expect(detect(rows, '2025-06-01').items.every((item) => !item.active)).toBe(true);
  });

  it('uses the latest run after a cancelled and restarted subscription', () => {
    const rows = [
      ...monthlyDates(2023, 1, 3, 5).map((date) => charge(date, 899, 'Canal+')),
      ...monthlyDates(2024, 1, 3, 4).map((date) => charge(date, 1999, 'Canal+')),
    ];
    const item = only(rows);
    expect(item.count).toBe(4);
    expect(iso(item.first)).toBe('2024-01-03');
    expect(item.priceChange).toBeUndefined();
  });

  it('sorts active ones by monthly cost', () => {
    const rows = [
      ...monthlyDates(2025, 1, 1, 6).map((date) => charge(date, 999, 'Small')),
      ...monthlyDates(2025, 1, 2, 6).map((date) => charge(date, 98000, 'Rent', { category: 'housing' })),
      ...everyNDays('2025-01-06', 7, 26).map((date) => charge(date, 1500, 'Weekly Box')),
    ];
    expect(detect(rows).items.map((item) => item.merchant)).toEqual(['Rent', 'Weekly Box', 'Small']);
  });

  it('returns nothing for no data', () => {
    expect(detect([])).toEqual({ items: [], monthlyTotal: 0 });
  });
});

describe('recurringOverview', () => {
  it('keeps every line and figure but not the row indexes', () => {
    const summary = detect(monthlyDates(2025, 1, 20, 12).map((date) => charge(date, 1112, 'Spotify')));
    const overview = recurringOverview(summary);
    expect(overview.monthlyTotal).toBe(summary.monthlyTotal);
    const [line] = overview.items;
    expect(line).toMatchObject({ merchant: 'Spotify', count: 12 });
    expect(line).not.toHaveProperty('rows');
    expect(line).not.toHaveProperty('extras');
  });
});
