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

const readingOf = (rows: StatementRow[], currency?: string) =>
  ({ rows, ...(currency ? { currency } : {}) }) as unknown as StatementReading;

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
  it('lists the bank accounts of an export of several', () => {
    const reading = readingOf(
      [
        row(1, -100, 'EUR', 'DE89 3704 0044 0532 0130 00'),
        row(2, 200, 'EUR', 'DE02 1203 0000 0000 2020 51'),
        row(3, -300, 'EUR', 'DE89 3704 0044 0532 0130 00'),
      ],
      'EUR',
    );
    expect(statementParts(reading)).toEqual([
      { currency: 'EUR', account: 'DE89 3704 0044 0532 0130 00' },
      { currency: 'EUR', account: 'DE02 1203 0000 0000 2020 51' },
    ]);
    expect(
      onlyPart(reading, { currency: 'EUR', account: 'DE89 3704 0044 0532 0130 00' }).rows.map((r) => r.line),
    ).toEqual([1, 3]);
  });
  it('keeps the cards of one card account together, and a statement of one currency whole', () => {
    const cards = readingOf([row(1, -100, 'USD', '-41007'), row(2, -200, 'USD', '-42005')], 'USD');
    expect(statementParts(cards)).toEqual([]);
    const masked = readingOf([row(1, -100, 'EUR', '****1234'), row(2, -5, 'EUR', '****9876')], 'EUR');
    expect(statementParts(masked)).toEqual([]);
    expect(statementParts(readingOf([row(1, -100, 'EUR'), row(2, 50)], 'EUR'))).toEqual([]);
    expect(statementParts(readingOf([row(1, -100), row(2, 50)]))).toEqual([]);
  });
});
