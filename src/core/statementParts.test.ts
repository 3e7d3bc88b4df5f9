import { describe, expect, it } from 'vitest';
import type { StatementReading, StatementRow } from './import/types';
import { onlyPart, statementParts } from './statementParts';

const row = (line: number, amount: number, currency?: string, account?: string): StatementRow => ({
  line,
  date: '2024-01-05',
  description: `row ${line}`,
  amount,
  balance: null,
  ...(currency ? { currency } : {}),
  ...(account ? { account } : {}),
});

/** A reading whose columns have these names; "Account Number" is the account column. */
const readingOf = (rows: StatementRow[], currency?: string, columnNames = ['Date', 'Amount']) =>
  ({
    rows,
    columnNames,
    profile: { roles: columnNames.map((name) => (name === 'Account Number' ? 'account' : 'ignore')) },
    ...(currency ? { currency } : {}),
  }) as unknown as StatementReading;

const ownAccounts = ['Account Type', 'Account Number', 'Date', 'Amount'];
const checking = 'DE89 3704 0044 0532 0130 00';
const savings = 'DE02 1203 0000 0000 2020 51';

describe('statementParts', () => {
  it('lists the currencies of a file of several, most rows first', () => {
    const reading = readingOf(
      [row(1, -100, 'USD'), row(2, -200, 'EUR'), row(3, 300, 'EUR'), row(4, -5)],
      'EUR',
    );
    expect(statementParts(reading)).toEqual([{ currency: 'EUR' }, { currency: 'USD' }]);
    // A row naming no currency is in the statement's.
    expect(onlyPart(reading, { currency: 'EUR' }).rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(onlyPart(reading, { currency: 'USD' })).toMatchObject({ currency: 'USD', rows: [{ line: 1 }] });
  });
  it('lists the person’s bank accounts in an export of several', () => {
    const reading = readingOf(
      [row(1, -100, 'EUR', checking), row(2, 200, 'EUR', savings), row(3, -300, 'EUR', checking)],
      'EUR',
      ownAccounts,
    );
    expect(statementParts(reading)).toEqual([
      { currency: 'EUR', account: checking },
      { currency: 'EUR', account: savings },
    ]);
    expect(onlyPart(reading, { currency: 'EUR', account: checking }).rows.map((r) => r.line)).toEqual([1, 3]);
  });
  it('keeps one account’s rows together: its cards, or its counterparties’ accounts', () => {
    const cards = readingOf(
      [row(1, -100, 'USD', '-41007'), row(2, -200, 'USD', '-42005')],
      'USD',
      ownAccounts,
    );
    expect(statementParts(cards)).toEqual([]);
    const masked = readingOf(
      [row(1, -100, 'EUR', '****1234'), row(2, -5, 'EUR', '****9876')],
      'EUR',
      ownAccounts,
    );
    expect(statementParts(masked)).toEqual([]);
    // N26's "Account number" beside the payee is the payee's IBAN: nothing says the accounts are the person's.
    const payees = readingOf(
      [row(1, 2000, 'EUR', savings), row(2, -800, 'EUR', checking), row(3, 2000, 'EUR', savings)],
      'EUR',
      ['Date', 'Payee', 'Account Number', 'Amount'],
    );
    expect(statementParts(payees)).toEqual([]);
    // Counterparties' accounts are missing on card payments.
    const gaps = readingOf(
      [row(1, 2000, 'EUR', savings), row(2, -45, 'EUR'), row(3, -800, 'EUR', checking)],
      'EUR',
      ownAccounts,
    );
    expect(statementParts(gaps)).toEqual([]);
  });
  it('keeps a statement of one currency whole', () => {
    expect(statementParts(readingOf([row(1, -100, 'EUR'), row(2, 50)], 'EUR'))).toEqual([]);
    expect(statementParts(readingOf([row(1, -100), row(2, 50)]))).toEqual([]);
  });
});
