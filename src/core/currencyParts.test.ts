import { describe, expect, it } from 'vitest';
import type { StatementReading, StatementRow } from './import/types';
import { currencyParts, onlyCurrency } from './currencyParts';

const row = (line: number, amount: number, currency?: string): StatementRow => ({
  line,
  date: '2024-01-05',
  description: `row ${line}`,
  amount,
  balance: null,
  ...(currency ? { currency } : {}),
});

const readingOf = (rows: StatementRow[], currency?: string) =>
  ({ rows, ...(currency ? { currency } : {}) }) as unknown as StatementReading;

describe('currencyParts', () => {
  it('lists the currencies of a file of several, most rows first', () => {
    const reading = readingOf(
      [row(1, -100, 'USD'), row(2, -200, 'EUR'), row(3, 300, 'EUR'), row(4, -5)],
      'EUR',
    );
    expect(currencyParts(reading)).toEqual(['EUR', 'USD']);
    // A row naming no currency is in the statement's.
    expect(onlyCurrency(reading, 'EUR').rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(onlyCurrency(reading, 'USD')).toMatchObject({ currency: 'USD', rows: [{ line: 1 }] });
  });
  it('finds nothing to split in a statement of one currency', () => {
    expect(currencyParts(readingOf([row(1, -100, 'EUR'), row(2, 50)], 'EUR'))).toEqual([]);
    expect(currencyParts(readingOf([row(1, -100), row(2, 50)]))).toEqual([]);
  });
});
