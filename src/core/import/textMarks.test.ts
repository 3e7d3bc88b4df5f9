import { describe, expect, it } from 'vitest';
import { dropTextMarks } from './textMarks';

describe('dropTextMarks', () => {
  it('takes Excel’s text marks off the columns that carry them on nearly every row', () => {
    const table = [
      ['Date', 'Description', 'Branch', 'Amount'],
      ["'28/12", "'SHOP", "'0000", '1.00'],
      ["'29/12", "'CAFE", "'0000", '2.00'],
      ["'30/12", "'BAKER'S", "'0000", '3.00'],
      ['Saldo Awal', '10.00'],
    ];
    expect(dropTextMarks(table, 1)).toBe(3);
    expect(table.slice(1, 4)).toEqual([
      ['28/12', 'SHOP', '0000', '1.00'],
      ['29/12', 'CAFE', '0000', '2.00'],
      ['30/12', "BAKER'S", '0000', '3.00'],
    ]);
  });

  it('takes off both apostrophes around a wrapped cell, and leaves a column with an odd one', () => {
    const table = [
      ['Date', 'Description', 'Amount'],
      ["'01 Mar 2024'", "'t Hooft", '-1.00'],
      ["'03 Mar 2024'", 'ACME', '2.00'],
      ["'04 Mar 2024'", 'RENT', '-3.00'],
    ];
    expect(dropTextMarks(table, 1)).toBe(1);
    expect(table.slice(1).map((row) => row.join('|'))).toEqual([
      "01 Mar 2024|'t Hooft|-1.00",
      '03 Mar 2024|ACME|2.00',
      '04 Mar 2024|RENT|-3.00',
    ]);
  });
});
