import { describe, expect, it } from 'vitest';
import { splitMisquotedCells } from './misquotedCells';
import { readText } from '../../worker/readingTesting';

describe('a quote the bank did not double inside a quoted field', () => {
  it('is mended: the fields it glued together are read apart (Swedbank)', () => {
    const text = [
      '"Account","Date","Payee","Details","Amount","Currency","D/K",',
      '"LT79","2012-01-02","KRISTIANA","PURCHASE KRISTIANA Vilnius","215.00","LTL","D",',
      '"LT79","2012-01-26","UAB "Naktida"","PURCHASE UAB "Naktida" Vilnius","12.20","LTL","D",',
      '"LT79","2012-01-10","Company","Salary","1600.00","LTL","K",',
    ].join('\n');
    const r = readText(text);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((row) => row.amount)).toEqual([-21500, -1220, 160000]);
    expect(r.rows[1]!.description).toContain('PURCHASE UAB');
  });
  it('leaves rows alone whose cells hold no quote-delimiter-quote', () => {
    const row = ['a', 'b "c" d', 'e'];
    expect(splitMisquotedCells(row, ',')).toBe(row);
    expect(splitMisquotedCells(['x', 'UAB "N","PURCHASE', '1'], ',')).toEqual([
      'x',
      'UAB "N',
      'PURCHASE',
      '1',
    ]);
  });
});
