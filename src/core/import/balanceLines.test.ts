import { describe, expect, it } from 'vitest';
import { dropWordlessBalanceLines } from './balanceLines';
import type { StatementRow } from './types';

const row = (amount: number, description: string, balance: number | null = null): StatementRow => ({
  line: 1,
  date: '2024-04-01',
  description,
  amount,
  balance,
});

describe('dropWordlessBalanceLines', () => {
  it('drops wordless opening and closing lines whose amounts bracket the rows (either order)', () => {
    const newestFirst = [
      row(152040, '12345678901'),
      row(-4560, 'PRLV'),
      row(-680, 'CB'),
      row(120000, 'VIR'),
      row(37280, ''),
    ];
    expect(dropWordlessBalanceLines(newestFirst)).toMatchObject({
      dropped: 2,
      rows: newestFirst.slice(1, -1),
    });
    const oldestFirst = [...newestFirst].reverse();
    expect(dropWordlessBalanceLines(oldestFirst).dropped).toBe(2);
  });
  it("drops a wordless line equal to its neighbour's balance", () => {
    const rows = [row(-500, 'A', 9500), row(-500, 'B', 9000), row(9000, 'DE89370400440532013000')];
    expect(dropWordlessBalanceLines(rows)).toMatchObject({ dropped: 1 });
  });
  it('keeps real rows: words in between missing, or the arithmetic does not hold', () => {
    const noWords = [row(100, ''), row(50, ''), row(150, '')];
    expect(dropWordlessBalanceLines(noWords).dropped).toBe(0);
    const noMatch = [row(100, ''), row(50, 'A'), row(170, '')];
    expect(dropWordlessBalanceLines(noMatch).dropped).toBe(0);
  });
});
