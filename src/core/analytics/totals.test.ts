import { describe, expect, it } from 'vitest';
import { incomeAndSpending } from './totals';

describe('incomeAndSpending', () => {
  it('sums in and out within the period, without transfers or other currencies', () => {
    const rows = [
      { date: '2025-01-05', amount: 300000, category: 'income', currency: 'EUR' },
      { date: '2025-01-06', amount: -5000, category: 'groceries', currency: 'EUR' },
      { date: '2025-01-07', amount: -30000, category: 'transfers', currency: 'EUR' },
      { date: '2025-01-08', amount: -100, category: 'dining', currency: 'USD' },
      { date: '2024-12-31', amount: -999, category: 'dining', currency: 'EUR' },
    ];
    expect(incomeAndSpending(rows, 'EUR', '2025-01-01', '2025-12-31')).toEqual({
      income: 300000,
      spending: 5000,
    });
  });
});
