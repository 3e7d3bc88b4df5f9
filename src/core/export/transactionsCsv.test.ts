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

  it('looks past leading spaces and quotes as spreadsheets do, in every text column', () => {
    const line = transactionsToCsv([
      {
        ...base,
        account: '  =cmd|" /C calc"!A0',
        description: '"=HYPERLINK(""x"")',
        merchant: "'+1",
        category: '\u00a0@SUM(A1)',
        currency: '=1+1',
        amount: 5,
        balance: null,
      },
    ]).split('\r\n')[1];
    const cells = line?.split(',') ?? [];
    expect(cells[1]).toBe(`"'  =cmd|"" /C calc""!A0"`);
    expect(cells[2]).toBe(`"'""=HYPERLINK(""""x"""")"`);
    expect(cells[3]).toBe(`''+1`);
    expect(cells[4]).toBe(`'\u00a0@SUM(A1)`);
    expect(cells[6]).toBe(`'=1+1`);
  });

  it('leaves ordinary text alone', () => {
    const line = transactionsToCsv([{ ...base, description: 'CB "LE 7" 12/03', merchant: ' Café' }]);
    expect(line).toContain(',"CB ""LE 7"" 12/03", Café,');
  });
});
