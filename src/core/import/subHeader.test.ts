import { describe, expect, it } from 'vitest';
import { mergeSubHeader } from './subHeader';

describe('mergeSubHeader', () => {
  it('takes the sides of the money from the line under a merged header', () => {
    const table = [
      ['Fecha', 'Concepto', 'Importe', '', 'Saldo'],
      ['', '', 'Cargo', 'Abono', ''],
      ['05/03/2024', 'OXXO', '45.50', '', '954.50'],
    ];
    expect(mergeSubHeader(table, 0)).toBe(true);
    expect(table[0]).toEqual(['Fecha', 'Concepto', 'Cargo', 'Abono', 'Saldo']);
    expect(table[1]).toEqual([]);
  });
  it('leaves a units line, a first data row and a lone header as they are', () => {
    const units = [
      ['Date', 'Description', 'Amount', 'Balance'],
      ['', '', 'EUR', 'EUR'],
    ];
    expect(mergeSubHeader(units, 0)).toBe(false);
    expect(units[1]).toEqual(['', '', 'EUR', 'EUR']);
    const data = [
      ['Date', 'Description', 'Debit', 'Credit'],
      ['05/03/2024', 'Credit card payment', '45.50', ''],
    ];
    expect(mergeSubHeader(data, 0)).toBe(false);
    expect(mergeSubHeader([['Date', 'Amount']], 0)).toBe(false);
  });
});
