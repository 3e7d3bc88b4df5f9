import { describe, expect, it } from 'vitest';
import { owedBalances, signsFromBalance } from './balanceSigns';
import type { StatementRow } from './types';

const rows = (pairs: [number, number | null][]): StatementRow[] =>
  pairs.map(([amount, balance], index) => ({
    line: index + 2,
    date: '2024-03-05',
    description: `row ${index}`,
    amount,
    balance,
  }));

describe('signsFromBalance', () => {
  it('gives unsigned amounts the side their balance moves by, oldest first', () => {
    const read = rows([
      [4520, 195480],
      [215000, 410480],
      [8500, 401980],
      [1200, 400780],
    ]);
    expect(signsFromBalance(read)).toBe(3);
    // The first row's move is unseen: it takes the side most rows have.
    expect(read.map((row) => row.amount)).toEqual([-4520, 215000, -8500, -1200]);
  });
  it('reads a file listed newest first', () => {
    const read = rows([
      [1200, 400780],
      [8500, 401980],
      [215000, 410480],
      [4520, 195480],
    ]);
    signsFromBalance(read);
    expect(read.map((row) => row.amount)).toEqual([-1200, -8500, 215000, -4520]);
  });
  it('leaves signed amounts, deposits only, and balances that do not follow the amounts', () => {
    const signed = rows([
      [-4520, 195480],
      [215000, 410480],
      [-8500, 401980],
    ]);
    expect(signsFromBalance(signed)).toBe(0);
    const deposits = rows([
      [1000, 1000],
      [2000, 3000],
      [500, 3500],
    ]);
    expect(signsFromBalance(deposits)).toBe(0);
    const edited = rows([
      [4520, 100000],
      [215000, 90000],
      [8500, 80000],
    ]);
    expect(signsFromBalance(edited)).toBe(0);
    expect(edited.map((row) => row.amount)).toEqual([4520, 215000, 8500]);
  });
});

describe('owedBalances', () => {
  /** Rows on consecutive days, oldest first (or newest first). */
  const dated = (pairs: [number, number | null][], newestFirst = false) =>
    rows(pairs).map((row, index) => ({
      ...row,
      date: `2024-03-${String(10 + (newestFirst ? pairs.length - index : index)).padStart(2, '0')}`,
    }));
  it("turns a card's balance (what is owed, rising with purchases) into the holder's, in either row order", () => {
    const oldestFirst = dated([
      [-250, 39727],
      [-1926, 41653],
      [76823, -35170],
      [-400, -34770],
    ]);
    expect(owedBalances(oldestFirst)).toBe(true);
    expect(oldestFirst.map((row) => row.balance)).toEqual([-39727, -41653, 35170, 34770]);
    const newestFirst = dated(
      [
        [-5861, 42007],
        [-1071, 36146],
        [45, 35075],
        [-2027, 35120],
      ],
      true,
    );
    expect(owedBalances(newestFirst)).toBe(true);
    expect(newestFirst[0]!.balance).toBe(-42007);
  });
  it("leaves an account's balance alone: written after each row, before it, or not telling", () => {
    const after = dated([
      [-250, 9750],
      [-1000, 8750],
      [50000, 58750],
    ]);
    expect(owedBalances(after)).toBe(false);
    expect(after[0]!.balance).toBe(9750);
    // The balance before each row, oldest first: it moves by the row above's amount.
    const before = dated([
      [-250, 10000],
      [-1000, 9750],
      [50000, 8750],
      [-300, 58750],
    ]);
    expect(owedBalances(before)).toBe(false);
    const monthlyFee = dated(
      [
        [-800, 7174419],
        [-800, 7175219],
        [-800, 7176019],
      ],
      true,
    );
    expect(owedBalances(monthlyFee)).toBe(false);
  });
});
