import { describe, expect, it } from 'vitest';
import { readText as read } from '../../worker/readingTesting';

// The currency a file's amounts are read in: named in it, the account's, or none (two decimals).

describe('headerless codes that are not currencies (issue 9)', () => {
  it('keeps a column of POS/ATM/DEB codes out of the currency', () => {
    const r = read(
      '13.01.2025;POS;REWE Markt;-12,50\n14.01.2025;ATM;Geldautomat;-50,00\n15.01.2025;DEB;Stadtwerke;-80,00\n',
    );
    expect(r.rows.map((x) => x.currency ?? null)).toEqual([null, null, null]);
    expect(r.profile.roles).not.toContain('currency');
  });
});

describe('amounts of a file that names no currency', () => {
  // A Japanese bank's export: yen amounts, no currency anywhere in the file.
  const yen = '日付,内容,金額,残高\n2024/01/05,コーヒー,-350,99650\n2024/01/06,給与,250000,349650\n';
  // A Kuwaiti account: three decimals.
  const dinars = 'Date,Description,Amount\n2024-01-05,Coffee,-0.755\n2024-01-06,Salary,"1,250.500"\n';

  it('are read with two decimals unless told the account’s currency', () => {
    const rows = read(yen).rows;
    expect(rows.map((row) => [row.amount, row.balance, row.currency])).toEqual([
      [-35000, 9965000, undefined],
      [25000000, 34965000, undefined],
    ]);
  });

  it('are read in the minor units of the currency given, and rows still carry only what the file names', () => {
    const inYen = read(yen, { currency: 'JPY' });
    expect(inYen.rows.map((row) => [row.amount, row.balance, row.currency])).toEqual([
      [-350, 99650, undefined],
      [250000, 349650, undefined],
    ]);
    expect(inYen.currency).toBeUndefined();
    expect(read(dinars, { currency: 'KWD' }).rows.map((row) => row.amount)).toEqual([-755, 1250500]);
  });

  it('that a file names are read in its own currency’s units, whatever the account’s', () => {
    const euros = 'Date,Description,Amount (EUR)\n2024-01-05,Coffee,-3.50\n2024-01-06,Salary,2500.00\n';
    expect(read(euros, { currency: 'JPY' }).rows.map((row) => [row.amount, row.currency])).toEqual([
      [-350, 'EUR'],
      [250000, 'EUR'],
    ]);
  });
});

describe('a bare "$" in the amounts', () => {
  const file =
    'Date,Description,Debit,Credit,Balance\n28/03/2024,WOOLWORTHS,$42.17,,"$1,823.40"\n25/03/2024,SALARY,,"$2,450.00","$1,865.57"\n';
  it('is the dollar of the browser’s region, else the US one', () => {
    expect(read(file, { locale: 'en-AU' }).currency).toBe('AUD');
    expect(read(file, { locale: 'en-NZ' }).currency).toBe('NZD');
    expect(read(file, { locale: 'de-DE' }).currency).toBe('USD');
  });
});
