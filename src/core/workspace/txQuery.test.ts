import { describe, expect, it } from 'vitest';
import { formatTransactionQuery, parseTransactionQuery, transactionsHref } from './txQuery';

describe('transaction query in the URL', () => {
  it('round-trips every field', () => {
    const query = {
      account: 3,
      category: 'dining',
      categories: ['taxes', 'gifts'],
      merchant: 'Café "Zéro" & Co',
      from: '2025-01-01',
      to: '2025-03-31',
      q: '15.99',
      ids: [4, 18, 2],
      currency: 'GBP',
      flow: 'out' as const,
      weekday: 0,
      uncategorized: true,
    };
    expect(parseTransactionQuery(`#/transactions?${formatTransactionQuery(query)}`)).toEqual(query);
  });

  it('drops what is malformed instead of guessing', () => {
    expect(
      parseTransactionQuery('?from=31/01/2025&ids=1,x,,7&currency=euro&weekday=9&flow=sideways&account=a'),
    ).toEqual({ ids: [1, 7] });
  });

  it('links to the plain view when nothing filters', () => {
    expect(transactionsHref({})).toBe('#/transactions');
    expect(transactionsHref({ category: 'groceries', currency: 'EUR' })).toBe(
      '#/transactions?category=groceries&currency=EUR',
    );
  });
});
