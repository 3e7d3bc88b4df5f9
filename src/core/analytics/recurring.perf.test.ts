import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import type { Transaction } from '../types';
import { toColumns } from './columns';
import { findRecurring } from './recurring';
import { charge, random } from './recurring.testkit';
import { findUnusual } from './unusual';

/** 100,000 rows over ten years: 2,000 merchants with random spending, plus 60 subscriptions. */
function bigHistory(): Transaction[] {
  const next = random(42);
  const rows: Transaction[] = [];
  const categories = ['groceries', 'dining', 'shopping', 'transport', 'utilities', 'entertainment'];
  for (let index = 0; index < 99_000; index += 1) {
    const merchant = Math.floor(next() ** 2 * 2000);
    rows.push(
      charge(
        addDays('2016-01-01', Math.floor(next() * 3650)),
        100 + Math.floor(next() * 20000),
        `Shop ${merchant}`,
        {
          category: categories[merchant % categories.length] as string,
        },
      ),
    );
  }
  for (let sub = 0; sub < 60; sub += 1)
    for (let month = 0; month < 16; month += 1)
      rows.push(charge(addDays('2024-09-01', month * 30 + sub), 500 + sub * 100, `Subscription ${sub}`));
  return rows;
}

describe('recurring and unusual on 100,000 transactions', () => {
  // Their speed is measured by `npm run bench`; a timed assertion here would fail on a busy machine.
  it('find every subscription and few unusual charges', { timeout: 60_000 }, () => {
    const columns = toColumns(bigHistory());
    expect(columns.length).toBeGreaterThan(99_900);
    const range = { from: columns.day[0] as number, to: columns.day[columns.length - 1] as number };
    const recurring = findRecurring(columns, 'EUR');
    const found = findUnusual(columns, 'EUR', range, recurring.items);
    expect(recurring.items.filter((item) => item.merchant.startsWith('Subscription'))).toHaveLength(60);
    expect(found.length).toBeLessThanOrEqual(8);
  });
});
