import { describe, expect, it } from 'vitest';
import { transactionsToCsv } from './transactionsCsv';

const base = {
  date: '2025-03-14',
  account: 'Main',
  description: 'PRLV SEPA NETFLIX',
  merchant: 'Netflix',
  category: 'Entertainment',
  amount: -1349,
  currency: 'EUR',
  balance: 571849,
};

describe('transactionsToCsv', () => {
  it('writes the DESIGN.md header and plain signed decimals', () => {
    expect(transactionsToCsv([base])).toBe(
      'date,account,description,merchant,category,amount,currency,balance\r\n' +
        '2025-03-14,Main,PRLV SEPA NETFLIX,Netflix,Entertainment,-13.49,EUR,5718.49\r\n',
    );
  });

  it('leaves balance empty when unknown and handles zero-decimal currencies', () => {
    const line = transactionsToCsv([{ ...base, amount: -1500, currency: 'JPY', balance: null }]).split(
      '\r\n',
    )[1];
    expect(line).toBe('2025-03-14,Main,PRLV SEPA NETFLIX,Netflix,Entertainment,-1500,JPY,');
  });

  it('defuses formula injection and quotes commas, quotes and line breaks', () => {
    const line = transactionsToCsv([
      { ...base, description: '=HYPERLINK("x")', merchant: '-Evil, Inc', category: 'a\nb', amount: 5 },
    ]).split('\r\n')[1];
    expect(line).toBe(`2025-03-14,Main,"'=HYPERLINK(""x"")","'-Evil, Inc","a\nb",0.05,EUR,5718.49`);
  });
});
