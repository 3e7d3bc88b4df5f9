import { addDays } from '../dates';
import type { Account, Transaction } from '../types';
import { buildContext } from './context';
import type { Finding, RevealContext } from './types';

/** Helpers for the reveal tests: stored-looking transactions from a date, an amount and a bank descriptor. */
let nextId = 1;

export function row(
  date: string,
  amount: number,
  description: string,
  extra: Partial<Transaction> = {},
): Transaction {
  const merchant =
    extra.merchant ??
    description
      .replace(/^(?:CB|PRLV SEPA|VIR RECU)\s+/, '')
      .split(' ')
      .slice(0, 2)
      .join(' ');
  return {
    id: nextId++,
    accountId: 1,
    date,
    description,
    merchant,
    category: 'uncategorized',
    kind: amount < 0 ? 'card' : 'income',
    amount,
    currency: 'EUR',
    balance: null,
    importId: 1,
    fingerprint: `${nextId}`,
    ...extra,
  };
}

/** `count` dates `step` days apart from `start`. */
export function every(start: string, step: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addDays(start, index * step));
}

export const ACCOUNT: Account = {
  id: 1,
  name: 'Main',
  number: 'FR7630006000011234567890189',
  currency: 'EUR',
  createdAt: 0,
};

export function contextOf(transactions: Transaction[], accounts: Account[] = [ACCOUNT]): RevealContext {
  return buildContext({ transactions, accounts, categories: [], today: '2026-12-01' });
}

export function messages(findings: readonly Finding[]): string[] {
  return findings.map((finding) => finding.message);
}

/** A background of everyday life with no signal of its own: groceries in a shop that names no city. */
export function background(start = '2025-01-01', days = 300): Transaction[] {
  return every(start, 3, Math.floor(days / 3)).map((date, index) =>
    row(date, -(1500 + ((index * 37) % 900)), `CB SUPERMARCHE ${index % 3}`, {
      merchant: `Supermarché ${index % 3}`,
    }),
  );
}
