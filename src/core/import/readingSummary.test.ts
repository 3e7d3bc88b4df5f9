import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readStatement } from './readStatement';
import { describeReading } from './readingSummary';

const parseTable = (text: string, delimiter: string) =>
  Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;
const read = (text: string, locale?: string) =>
  readStatement(new TextEncoder().encode(text), parseTable, locale ? { locale } : {});

describe('describeReading', () => {
  it('says how a file was read: date order and why, decimal mark, sign, columns, skipped lines, rows', () => {
    const r = read(
      'Buchungstag;Verwendungszweck;Soll;Haben;Saldo\n' +
        '01.02.2025;Anfangssaldo;;;1.000,00\n02.02.2025;REWE;12,50;;987,50\n03.02.2025;Lohn;;2.000,00;2.987,50\n',
    );
    expect(r.summary).toMatchObject({
      dateOrder: { order: 'DMY', source: 'dateSeparator' },
      decimalMark: ',',
      sign: { convention: 'normal', source: 'debitCredit' },
      columns: {
        date: ['Buchungstag'],
        description: ['Verwendungszweck'],
        debit: ['Soll'],
        credit: ['Haben'],
      },
      skipped: { balanceLines: 1, summaryLines: 0 },
      rowsRead: 2,
      linesNotRead: 0,
      fromProfile: false,
    });
  });
  it('is pure: the same reading describes the same way, and a forced profile says so', () => {
    const r = read('Date,Description,Amount\n01/02/2025,A,-1.00\n02/01/2025,B,-2.00\n', 'en-US');
    expect(r.summary.dateOrder).toEqual({ order: 'MDY', source: 'locale' });
    expect(describeReading(r)).toEqual(r.summary);
    const forced = readStatement(
      new TextEncoder().encode('Date,Description,Amount\n01/02/2025,A,-1.00\n'),
      parseTable,
      {
        profile: r.profile,
      },
    );
    expect(forced.summary.fromProfile).toBe(true);
  });
});
