import { describe, expect, it } from 'vitest';
import type { StatementReading, StatementRow } from '../../core/import/types';
import type { Categorization } from '../../core/merchant';
import { packRows } from '../../core/packRows';
import { prepareRows } from './prepareRows';

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

describe('prepareRows', () => {
  it('joins each row with its label across the worker’s parts, oldest first', async () => {
    const rows = [
      statementRow(1, '2025-03-02', 'CB LIDL 12'),
      statementRow(2, '2025-03-01', 'CB FNAC'),
      statementRow(3, '2025-03-03', 'PRLV EDF'),
    ];
    const parts = [
      packRows([label('Lidl', 'groceries'), label('Fnac', 'shopping')]),
      packRows([label('', 'utilities')]),
    ];
    const prepared = await prepareRows({ rows } as unknown as StatementReading, parts, 'EUR');
    expect(prepared.map((row) => [row.date, row.merchant, row.category, row.currency])).toEqual([
      ['2025-03-01', 'Fnac', 'shopping', 'EUR'],
      ['2025-03-02', 'Lidl', 'groceries', 'EUR'],
      ['2025-03-03', 'PRLV EDF', 'utilities', 'EUR'],
    ]);
    expect(prepared[1]).toMatchObject({
      merchantKey: 'lidl',
      kind: 'card',
      confidence: 0.9,
      categorySource: 'curated',
    });
  });

  it('leaves rows without labels uncategorized under their own description', async () => {
    const rows = [{ ...statementRow(1, '2025-03-01', 'CHQ 123'), currency: 'CHF', pending: true }];
    const [prepared] = await prepareRows({ rows } as unknown as StatementReading, [], 'EUR');
    expect(prepared).toEqual({
      date: '2025-03-01',
      description: 'CHQ 123',
      merchant: 'CHQ 123',
      category: 'uncategorized',
      amount: -100,
      currency: 'CHF',
      balance: null,
      pending: true,
    });
  });
});
