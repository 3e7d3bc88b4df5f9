import { describe, expect, it } from 'vitest';
import { feesAlreadyCounted, feesWrittenSigned } from './fees';
import { readStatement } from './readStatement';
import Papa from 'papaparse';
import { buildLayout } from './layout';
import type { ColumnRole } from './types';

const roles: ColumnRole[] = ['date', 'amount', 'fee', 'balance', 'description'];
const layout = buildLayout(roles, null);
const rows = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => l.split(','));

describe('feesAlreadyCounted', () => {
  it('is true when each fee is also a row of its own (informational "Total fees")', () => {
    const sample = rows(
      '1,-500.00,4.10,,sent\n1,-4.10,0,,charges\n2,1700.00,3.00,,top up\n2,-3.00,0,,charges',
    );
    expect(feesAlreadyCounted(sample, layout, '.')).toBe(true);
  });
  it('follows the running balance: moving by the amount alone, or by the amount and the fee', () => {
    expect(feesAlreadyCounted(rows('1,-10.00,0,100.00,a\n2,-20.00,1.00,80.00,b'), layout, '.')).toBe(true);
    expect(feesAlreadyCounted(rows('1,-10.00,0,100.00,a\n2,-20.00,1.00,79.00,b'), layout, '.')).toBe(false);
  });
  it('charges the fee on top without evidence (Revolut "Fee")', () => {
    expect(feesAlreadyCounted(rows('1,-10.00,0.50,,a\n2,-20.00,1.00,,b'), layout, '.')).toBe(false);
  });
});

describe('a fee on a row of its own', () => {
  const parse = (text: string, delimiter: string) => Papa.parse<string[]>(text, { delimiter }).data;
  it("is the row's amount, with its sign when fees are written with one (Capitec)", () => {
    const capitec = [
      'Nr,Posting Date,Description,Money In,Money Out,Fee,Balance',
      '1,2025-03-01,Prepaid Electricity,,-1000.00,,370.63',
      '2,2025-03-01,Prepaid Electricity Purchase Fee,,,-1.00,369.63',
      '3,2025-03-01,Correction: Prepaid Electricity Purchase Fee,,,1.00,370.63',
      '4,2025-03-02,Payment Received,500.00,,,870.63',
    ].join('\n');
    const r = readStatement(new TextEncoder().encode(capitec), parse);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((row) => row.amount)).toEqual([-100000, -100, 100, 50000]);
  });
  it('tells whether fees carry their sign', () => {
    expect(feesWrittenSigned(rows('1,-10.00,-0.50,,a\n2,,1.00,,b'), layout, '.')).toBe(true);
    expect(feesWrittenSigned(rows('1,-10.00,0.50,,a\n2,,1.00,,b'), layout, '.')).toBe(false);
  });
});
