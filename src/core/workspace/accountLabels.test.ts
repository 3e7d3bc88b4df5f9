import { describe, expect, it } from 'vitest';
import { accountLabels } from './accountLabels';

const account = (id: number, name: string, number?: string, currency = 'USD') => ({
  id,
  name,
  currency,
  createdAt: 0,
  ...(number ? { number } : {}),
});

describe('accountLabels', () => {
  it('tells two accounts of one name apart by number, else currency, else position', () => {
    const labels = accountLabels([
      account(1, 'Chase', '****1234'),
      account(2, 'Chase', '****9876'),
      account(3, 'Monzo', undefined, 'GBP'),
      account(4, 'ING', undefined, 'EUR'),
      account(5, 'ING', undefined, 'USD'),
      account(6, 'Card'),
      account(7, 'Card'),
    ]);
    expect([...labels.values()]).toEqual([
      'Chase ··1234',
      'Chase ··9876',
      'Monzo',
      'ING (EUR)',
      'ING (USD)',
      'Card 1',
      'Card 2',
    ]);
  });
});
