import { describe, expect, it } from 'vitest';
import { findMoneyPair } from './moneyPair';
import { columnStats } from './valueKinds';
import { assignRoles } from './columnRoles';

const rows = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => l.split(','));
const pair = (text: string, candidates: number[]) => {
  const sample = rows(text);
  return findMoneyPair(
    sample,
    candidates,
    [0, 1, 2, 3, 4, 5].map((j) => columnStats(sample, j)),
  );
};

describe('findMoneyPair', () => {
  it('lets the running balance say which column is money out (either column order)', () => {
    const outFirst =
      '03/07/2024,X,250.00,,4750.00\n05/07/2024,Y,,3000.00,7750.00\n09/07/2024,Z,120.00,,7630.00';
    expect(pair(outFirst, [2, 3, 4])).toEqual({ debit: 2, credit: 3, balance: 4, decided: true });
    const inFirst =
      '03/07/2024,X,,250.00,4750.00\n05/07/2024,Y,3000.00,,7750.00\n09/07/2024,Z,,120.00,7630.00';
    expect(pair(inFirst, [2, 3, 4])).toEqual({ debit: 3, credit: 2, balance: 4, decided: true });
  });
  it('takes the column of negative numbers as money out; 0.00 counts as unused', () => {
    const text = '03/07/2024,X,-5.00,0.00\n04/07/2024,Y,-7.00,0.00\n05/07/2024,Z,0.00,83.16';
    expect(pair(text, [2, 3])).toMatchObject({ debit: 2, credit: 3, decided: true });
  });
  it('reads payment words and the busier spending side; close counts stay undecided', () => {
    const cibc = '2024-01-15,GROCER,12.34,\n2024-01-16,PAYMENT THANK YOU,,500.00\n2024-01-17,CAFE,4.50,';
    expect(pair(cibc, [2, 3])).toMatchObject({ debit: 2, credit: 3, decided: true });
    const moneyInFirst = '2024-01-15,GROCER,,12.34\n2024-01-16,SALARY,2500.00,\n2024-01-17,CAFE,,4.50';
    expect(pair(moneyInFirst, [2, 3])).toMatchObject({ debit: 3, credit: 2, decided: true });
    const busier = '1/7/2024,X,5.00,\n2/7/2024,Y,,6.00\n3/7/2024,Z,7.00,\n4/7/2024,W,8.00,';
    expect(pair(busier, [2, 3])).toMatchObject({ debit: 2, decided: true });
    const even = '1/7/2024,X,5.00,\n2/7/2024,Y,,6.00\n3/7/2024,Z,7.00,\n4/7/2024,W,,8.00';
    expect(pair(even, [2, 3])).toMatchObject({ decided: false });
  });
  it("follows a card's payment over its balance, which is what is owed and rises with purchases (TD's card)", () => {
    const td =
      '10/16/2019,TICKETLEADER,2.50,,397.27\n10/16/2019,GALLERY,19.26,,416.53\n10/28/2019,PAYMENT - THANK YOU,,768.23,-351.70\n10/29/2019,CAFE,4.00,,-347.70';
    expect(pair(td, [2, 3, 4])).toMatchObject({ debit: 2, credit: 3, decided: true });
  });
  it('finds no pair in columns used together', () => {
    expect(pair('1/7/2024,X,5.00,1.00\n2/7/2024,Y,6.00,2.00\n3/7/2024,Z,7.00,3.00', [2, 3])).toBeNull();
  });
  it('never takes a column of cheque numbers for the amount', () => {
    const sample = rows(
      '03/07/2024,101,CHEQUE,250.00,,4750.00\n05/07/2024,,SALARY,,3000.00,7750.00\n09/07/2024,102,CHEQUE,120.00,,7630.00',
    );
    const roles = assignRoles(null, sample, 6).roles;
    expect(roles).toEqual(['date', 'ignore', 'description', 'debit', 'credit', 'balance']);
  });
});
