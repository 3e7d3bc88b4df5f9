import type { Transaction } from '../types';

let nextId = 1;

/** A stored-looking transaction for tests, with only what matters overridden. */
export function tx(overrides: Partial<Transaction> = {}): Transaction {
  const id = nextId++;
  return {
    id,
    accountId: 1,
    date: '2025-01-01',
    description: `CB SHOP ${id}`,
    merchant: 'Shop',
    category: 'shopping',
    amount: -1000,
    currency: 'EUR',
    balance: null,
    importId: 1,
    fingerprint: `f${id}`,
    ...overrides,
  };
}
