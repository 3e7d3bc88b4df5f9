import { describe, expect, it } from 'vitest';
import type { StatementRow } from './import/types';
import type { Categorization } from './merchant';
import { unpackRows } from './packRows';
import { monthAlignedEnds, packPreparedMonths, type PreparedRow } from './preparedRows';

const statementRow = (line: number, date: string, description: string): StatementRow => ({
  line,
  date,
  description,
  amount: -line * 100,
  balance: null,
});

const label = (merchant: string, category: string): Categorization => ({
  merchant,
  merchantKey: merchant.toLowerCase(),
  category,
  type: 'card',
  confidence: 0.9,
  source: 'curated',
});

const prepared = (...args: Parameters<typeof packPreparedMonths>) =>
  packPreparedMonths(...args).flatMap((month) => unpackRows<PreparedRow>(month));

describe('packPreparedMonths', () => {
  it('joins each row with its label; an empty merchant falls back to the description', () => {
    const rows = [statementRow(1, '2025-03-02', 'CB LIDL 12'), statementRow(3, '2025-03-03', 'PRLV EDF')];
    const [lidl, edf] = prepared(rows, [label('Lidl', 'groceries'), label('', 'utilities')], 'EUR');
    expect(lidl).toEqual({
      date: '2025-03-02',
      description: 'CB LIDL 12',
      merchant: 'Lidl',
      category: 'groceries',
      amount: -100,
      currency: 'EUR',
      balance: null,
      merchantKey: 'lidl',
      kind: 'card',
      categorySource: 'curated',
      confidence: 0.9,
    });
    expect(edf).toMatchObject({ merchant: 'PRLV EDF', category: 'utilities', merchantKey: '' });
  });

  it('leaves rows without labels uncategorized under their own description, in their own currency', () => {
    const row = { ...statementRow(1, '2025-03-01', 'CHQ 123'), currency: 'CHF', pending: true };
    const other = { ...statementRow(2, '2025-03-01', 'CHQ 124'), balance: 500, valueDate: '2025-03-02' };
    expect(prepared([row, other], undefined, 'EUR')).toEqual([
      {
        date: '2025-03-01',
        description: 'CHQ 123',
        merchant: 'CHQ 123',
        category: 'uncategorized',
        amount: -100,
        currency: 'CHF',
        balance: null,
        pending: true,
      },
      {
        date: '2025-03-01',
        description: 'CHQ 124',
        merchant: 'CHQ 124',
        category: 'uncategorized',
        amount: -200,
        currency: 'EUR',
        balance: 500,
        valueDate: '2025-03-02',
      },
    ]);
  });

  const rows = [
    ['2024-12-31', 'A'],
    ['2025-01-01', 'B'],
    ['2025-01-31', 'C'],
    ['2025-03-01', 'D'],
  ].map(([date, description], index) => statementRow(index + 1, date as string, description as string));

  it('packs chronological rows one month at a time', () => {
    const months = packPreparedMonths(rows, undefined, 'EUR');
    expect(months.map((month) => [month.month, month.count])).toEqual([
      ['2024-12', 1],
      ['2025-01', 2],
      ['2025-03', 1],
    ]);
    expect(prepared(rows, undefined, 'EUR').map((row) => row.description)).toEqual(['A', 'B', 'C', 'D']);
    expect(packPreparedMonths([], undefined, 'EUR')).toEqual([]);
  });

  it('cuts rows into parts of about a size without splitting a month', () => {
    expect(monthAlignedEnds(rows, 1)).toEqual([1, 3, 4]);
    expect(monthAlignedEnds(rows, 2)).toEqual([3, 4]);
    expect(monthAlignedEnds(rows, 10)).toEqual([4]);
    expect(monthAlignedEnds([], 10)).toEqual([]);
  });
});
