import { describe, expect, it } from 'vitest';
import { serialDatesToIso } from './serialDates';

const table = (rows: string[][]) => [['Date', 'Description', 'Amount', 'Reference'], ...rows];

describe('serialDatesToIso', () => {
  it('writes Excel serial days in a date column as ISO dates, dropping the time of day', () => {
    const t = table([
      ['45296', 'TESCO', '-12.50', '45296'],
      ['45307.5625', 'SALARY', '2500.00', '45307'],
      ['45324', 'AMAZON', '-30.00', '45324'],
    ]);
    expect(serialDatesToIso(t, t[0]!, 1)).toBe(1);
    expect(t.slice(1).map((row) => row[0])).toEqual(['2024-01-05', '2024-01-16', '2024-02-02']);
    // Only a column named as a date: the same numbers under another name stay numbers.
    expect(t[1]![3]).toBe('45296');
  });
  it('leaves columns of real dates, and numbers outside the years of statements', () => {
    const dated = table([
      ['05/01/2024', 'TESCO', '-12.50', ''],
      ['16/01/2024', 'SALARY', '2500.00', ''],
    ]);
    expect(serialDatesToIso(dated, dated[0]!, 1)).toBe(0);
    const small = table([
      ['12345', 'TESCO', '-12.50', ''],
      ['12346', 'SALARY', '2500.00', ''],
    ]);
    expect(serialDatesToIso(small, small[0]!, 1)).toBe(0);
    expect(small[1]![0]).toBe('12345');
  });
});
