import { describe, expect, it } from 'vitest';
import type { Account, Transaction } from '../types';
import { maskNumbers, redactedTransactionsCsv } from './redactedCsv';

describe('maskNumbers', () => {
  it('keeps only the last 4 digits of account, IBAN and card numbers', () => {
    expect(maskNumbers('FR7630006000011234567890189')).toBe('••0189');
    expect(maskNumbers('VIR SEPA FR76 3000 6000 0112 3456 7890 189 LOYER')).toBe('VIR SEPA ••0189 LOYER');
    expect(maskNumbers('CARD 4970-1234-5678-9012 PAYPAL')).toBe('CARD ••9012 PAYPAL');
    expect(maskNumbers('Compte ****5678901')).toBe('Compte ••8901');
    expect(maskNumbers('Chase ••4821')).toBe('Chase ••4821');
  });

  it('leaves store numbers, dates and amounts of a descriptor alone', () => {
    expect(maskNumbers('CB LIDL 1234 PARIS 02/11')).toBe('CB LIDL 1234 PARIS 02/11');
    expect(maskNumbers('CB FRANPRIX 5082 14.50 EUR')).toBe('CB FRANPRIX 5082 14.50 EUR');
  });
});

const account: Account = {
  id: 1,
  name: 'Compte 30006000011234567890189',
  number: 'FR7630006000011234567890189',
  currency: 'EUR',
  createdAt: 0,
};
const base = { accountId: 1, currency: 'EUR', importId: 1, fingerprint: '' };
const transactions: Transaction[] = [
  {
    ...base,
    id: 2,
    date: '2025-02-10',
    description: 'CB DR MARTIN PSYCHIATRE 09/02',
    merchant: 'Dr Martin Psychiatre',
    category: 'health',
    amount: -6000,
    balance: 123456,
  },
  {
    ...base,
    id: 1,
    date: '2025-02-01',
    description: 'VIR FR7630006000019876543210143 EPARGNE',
    merchant: 'Épargne',
    category: 'transfers',
    amount: -30049,
    balance: null,
  },
];
const input = {
  transactions,
  accounts: [account],
  categoryNames: new Map([
    ['health', 'Santé'],
    ['transfers', 'Virements'],
  ]),
  sensitiveIds: new Set([2]),
};

describe('redactedTransactionsCsv', () => {
  it('writes the export format with numbers masked and sensitive rows generalized', () => {
    const csv = redactedTransactionsCsv({ ...input, options: { roundAmounts: false } });
    expect(csv.split('\r\n')).toEqual([
      'date,account,description,merchant,category,amount,currency,balance',
      '2025-02-01,Compte ••0189,VIR ••0143 EPARGNE,Épargne,Virements,-300.49,EUR,',
      '2025-02-10,Compte ••0189,Santé,Santé,Santé,-60.00,EUR,1234.56',
      '',
    ]);
    expect(csv).not.toMatch(/Martin|PSYCHIATRE|98765|30006/);
  });

  it('rounds amounts and balances to whole units on request', () => {
    const csv = redactedTransactionsCsv({ ...input, options: { roundAmounts: true } });
    expect(csv).toContain(',-300.00,EUR,');
    expect(csv).toContain(',-60.00,EUR,1235.00');
  });
});
