import { describe, expect, it } from 'vitest';
import type { Transaction } from '../types';
import { columnsBuilder, toColumns } from './columns';

const base: Transaction = {
  accountId: 1,
  date: '2025-01-02',
  description: 'x',
  merchant: 'Shop',
  category: 'groceries',
  amount: -100,
  currency: 'EUR',
  balance: null,
  importId: 1,
  fingerprint: 'f',
};

describe('toColumns', () => {
  it('sorts by date then id and dictionary-encodes the text columns', () => {
    const columns = toColumns([
      { ...base, id: 2, date: '2025-01-03', merchant: 'Cafe', category: 'dining', balance: 500 },
      { ...base, id: 3 },
      { ...base, id: 1 },
    ]);
    expect(columns.length).toBe(3);
    expect(Array.from(columns.day)).toEqual([20090, 20090, 20091]);
    expect(Array.from(columns.amount)).toEqual([-100, -100, -100]);
    expect(Number.isNaN(columns.balance[0])).toBe(true);
    expect(columns.balance[2]).toBe(500);
    expect(columns.merchants[columns.merchant[2] as number]).toBe('Cafe');
    expect(columns.categories).toEqual(['groceries', 'dining']);
  });

  it('gives the same columns when built a few rows per step, groups of accounts merged across steps', () => {
    // Three accounts' months, each chronological on its own, as the store holds them.
    const rows: Transaction[] = [];
    let id = 1;
    for (const accountId of [1, 2, 3])
      for (let day = 1; day <= 9; day += accountId)
        rows.push({ ...base, id: id++, accountId, date: `2025-02-0${day}`, amount: -accountId * 100 - day });
    const builder = columnsBuilder(rows);
    let steps = 1;
    while (!builder.step(2)) steps += 1;
    const stepped = builder.result();
    expect(steps).toBeGreaterThan(rows.length / 2);
    expect(stepped).toEqual(toColumns(rows));
    expect(Array.from(stepped.day)).toEqual([...stepped.day].sort((a, b) => a - b));
    expect(stepped.length).toBe(rows.length);
  });
});
