import { describe, expect, it } from 'vitest';
import { splitJoinedFields, splitMisquotedCells } from './misquotedCells';
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

describe('several fields the bank quoted as one', () => {
  it('are split back where the row reads only once split (an old Danske Bank LT export)', () => {
    const text = [
      'Date,Bank,Branch,Address,City,Country,Name,Memo,Amount,',
      '2012-03-01,,"",",Vilnius08500,LT","Paslaugu pajamos","Mokestis XXX, paskirtis",-7.8,',
      '2012-03-01,CITIBANK NA,"",",Vilnius08500,LT","ACME LLC","Mokejimo nurodymas, siuntejas ACME LLC",889.81,',
      '2012-03-06,,"",",,","","Mokestis uz lesu, gautu is kitu bankų",-.46,',
      '2012-03-07,,"",",Vilnius08500,LT","John Doe",,-881.55,',
    ].join('\n');
    const r = readText(text);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((row) => row.amount)).toEqual([-780, 88981, -46, -88155]);
    expect(r.rows[0]!.description).toContain('Mokestis XXX, paskirtis');
  });
  it('leave alone a row that reads as it is, text with a comma and space, or two cells that could be split', () => {
    const reads = (row: readonly string[]) => row[0] === '2024-01-05' && row[2] === '-5.00';
    const short = ['2024-01-05', 'Shop,Paris', '-5.00'];
    expect(splitJoinedFields(short, 4, ',', reads)).toBe(short);
    const text = ['2024-01-05', 'Shop, Paris', 'x'];
    expect(splitJoinedFields(text, 4, ',', () => true)).toBe(text);
    const two = ['a,b', 'c,d', 'e'];
    expect(splitJoinedFields(two, 4, ',', () => true)).toBe(two);
    expect(splitJoinedFields(['2024-01-05', 'Shop', 'a,-5.00'], 4, ',', (row) => row[3] === '-5.00')).toEqual(
      ['2024-01-05', 'Shop', 'a', '-5.00'],
    );
  });
});
