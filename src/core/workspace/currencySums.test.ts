import { describe, expect, it } from 'vitest';
import { addSums, sumByCurrency } from './currencySums';
import { tx } from './testRows';

describe('sumByCurrency', () => {
  it('keeps each currency apart, however the rows alternate', () => {
    const rows = [
      tx({ amount: -1050, currency: 'EUR' }),
      tx({ amount: -1050, currency: 'EUR' }),
      tx({ amount: 20000, currency: 'USD' }),
      tx({ amount: -1, currency: 'EUR' }),
      tx({ amount: -300, currency: 'JPY' }),
      tx({ amount: -5000, currency: 'USD' }),
    ];
    expect([...sumByCurrency(rows)]).toEqual([
      ['EUR', -2101],
      ['USD', 15000],
      ['JPY', -300],
    ]);
    expect(sumByCurrency([]).size).toBe(0);
  });

  it('adds parts as one list would', () => {
    const a = [tx({ amount: 5, currency: 'EUR' }), tx({ amount: 7, currency: 'CHF' })];
    const b = [tx({ amount: -12, currency: 'EUR' })];
    expect(addSums([sumByCurrency(a), sumByCurrency(b)])).toEqual(sumByCurrency([...a, ...b]));
  });
});
