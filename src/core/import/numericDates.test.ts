import { describe, expect, it } from 'vitest';
import { numericDatesToIso } from './numericDates';

const table = (rows: string[][]) => [['Date', 'Description', 'Amount', 'Reference'], ...rows];

describe('numericDatesToIso', () => {
  it('writes Excel serial days in a date column as ISO dates, dropping the time of day', () => {
    const t = table([
      ['45296', 'TESCO', '-12.50', '45296'],
      ['45307.5625', 'SALARY', '2500.00', '45307'],
      ['45324', 'AMAZON', '-30.00', '45324'],
    ]);
    expect(numericDatesToIso(t, t[0]!, 1)).toBe(1);
    expect(t.slice(1).map((row) => row[0])).toEqual(['2024-01-05', '2024-01-16', '2024-02-02']);
    // Only a column named as a date: the same numbers under another name stay numbers.
    expect(t[1]![3]).toBe('45296');
  });
  it('writes Unix seconds and milliseconds as ISO dates', () => {
    const seconds = table([
      ['1704412800', 'TESCO', '-12.50', ''],
      ['1705363200', 'SALARY', '2500.00', ''],
    ]);
    expect(numericDatesToIso(seconds, seconds[0]!, 1)).toBe(1);
    expect(seconds.slice(1).map((row) => row[0])).toEqual(['2024-01-05', '2024-01-16']);
    const millis = table([
      ['1704412800000', 'TESCO', '-12.50', ''],
      ['1705406400000', 'SALARY', '2500.00', ''],
    ]);
    expect(numericDatesToIso(millis, millis[0]!, 1)).toBe(1);
    expect(millis.slice(1).map((row) => row[0])).toEqual(['2024-01-05', '2024-01-16']);
  });
  it('leaves columns of real dates, and numbers outside the years of statements', () => {
    const dated = table([
      ['05/01/2024', 'TESCO', '-12.50', ''],
      ['16/01/2024', 'SALARY', '2500.00', ''],
    ]);
    expect(numericDatesToIso(dated, dated[0]!, 1)).toBe(0);
    const small = table([
      ['12345', 'TESCO', '-12.50', ''],
      ['12346', 'SALARY', '2500.00', ''],
    ]);
    expect(numericDatesToIso(small, small[0]!, 1)).toBe(0);
    expect(small[1]![0]).toBe('12345');
  });
});
