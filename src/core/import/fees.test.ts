import { describe, expect, it } from 'vitest';
import { feesAlreadyCounted, feesWrittenSigned, pairSigns } from './fees';
import { readText } from '../../worker/readingTesting';
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
  it("is the row's amount, with its sign when fees are written with one (Capitec)", () => {
    const capitec = [
      'Nr,Posting Date,Description,Money In,Money Out,Fee,Balance',
      '1,2025-03-01,Prepaid Electricity,,-1000.00,,370.63',
      '2,2025-03-01,Prepaid Electricity Purchase Fee,,,-1.00,369.63',
      '3,2025-03-01,Correction: Prepaid Electricity Purchase Fee,,,1.00,370.63',
      '4,2025-03-02,Payment Received,500.00,,,870.63',
    ].join('\n');
    const r = readText(capitec);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((row) => row.amount)).toEqual([-100000, -100, 100, 50000]);
  });
  it('is no amount when it is 0: the row without any stays an error', () => {
    const text =
      'Date,Description,Money In,Money Out,Fee\n2025-03-01,Shop,,-10.00,\n2025-03-02,Nothing,,,0.00\n';
    const r = readText(text);
    expect(r.rows.map((row) => row.amount)).toEqual([-1000]);
    expect(r.errors.map((error) => error.line)).toEqual([3]);
  });
  it('tells whether fees carry their sign', () => {
    expect(feesWrittenSigned(rows('1,-10.00,-0.50,,a\n2,,1.00,,b'), layout, '.')).toBe(true);
    expect(feesWrittenSigned(rows('1,-10.00,0.50,,a\n2,,1.00,,b'), layout, '.')).toBe(false);
  });
});

describe('a minus in a debit or credit column', () => {
  const amounts = (text: string) => readText(text).rows.map((row) => row.amount);
  const hdfc = [
    'Date,Narration,Value Dt,Withdrawal Amt.,Deposit Amt.,Closing Balance',
    '07/04/19,ATM,07/04/19,"2,500.00",0,"16,468.40"',
    '07/04/19,ATM REV,07/04/19,"-2,500.00",0,"18,968.40"',
    '07/04/19,POS,07/04/19,210.00,0,"18,758.40"',
    '08/04/19,POS,08/04/19,110.00,0,"18,648.40"',
    '08/04/19,POS,08/04/19,200.00,0,"18,448.40"',
    '09/04/19,POS,09/04/19,300.00,0,"18,148.40"',
  ].join('\n');
  it('turns a withdrawal around among plain ones (a reversal, HDFC), not among debits all written with one', () => {
    expect(amounts(hdfc)).toEqual([-250000, 250000, -21000, -11000, -20000, -30000]);
    const postFinance = hdfc.replaceAll(',"2,500.00"', ',"-2,500.00"').replace(/,(\d{3}\.00),0,/g, ',-$1,0,');
    expect(amounts(postFinance)).toEqual([-250000, -250000, -21000, -11000, -20000, -30000]);
  });
  it('is read as meaning something where four in five sums of the column are written without one', () => {
    const pair = buildLayout(['date', 'debit', 'credit'], null);
    const column = (...sums: string[]) => sums.map((sum, index) => [String(index), sum, '']);
    expect(pairSigns(column('10', '-5', '3', '4', '6'), pair, '.').debitsSigned).toBe(true);
    expect(pairSigns(column('10', '-5', '-3', '4', '6'), pair, '.').debitsSigned).toBe(false);
    expect(pairSigns(column('10', '-5', '3'), pair, '.').debitsSigned).toBe(false);
  });
});
