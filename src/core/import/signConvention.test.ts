import { describe, expect, it } from 'vitest';
import { readText } from '../../worker/readingTesting';
import { inferSign } from './signConvention';

describe('inferSign', () => {
  const e = (amount: number, text: string, type = '') => ({ amount, text, type });
  it('reads card exports where purchases are positive', () => {
    expect(
      inferSign([e(1099, 'SPOTIFY'), e(9235, 'WHOLEFDS'), e(-67874, 'AUTOPAY PAYMENT - THANK YOU')], false),
    ).toEqual({ sign: 'inverted', weak: false, byWords: true });
    expect(inferSign([e(12, 'A', 'Purchase'), e(-50, 'B', 'Payment')], false).sign).toBe('inverted');
    // Halifax's card is paid by direct debit; on a current account the same words go out with the spending.
    expect(
      inferSign([e(800, 'IZ *SHOP'), e(1250, 'TESCO'), e(-66235, 'DIRECT DEBIT PAYMENT -')], false).sign,
    ).toBe('inverted');
    expect(
      inferSign(
        [e(-800, 'IZ *SHOP'), e(-1250, 'TESCO'), e(-66235, 'DIRECT DEBIT PAYMENT -'), e(250000, 'PAY')],
        false,
      ).sign,
    ).toBe('normal');
    // A broker's cash account mostly receives money; the one charge is for keeping it (Hello bank).
    expect(
      inferSign(
        [e(500000, 'SEPA-Zahlung'), e(58348, 'KESt-Verlustausgleich'), e(-300, 'Kontoabschluss')],
        false,
      ),
    ).toMatchObject({ sign: 'normal', byWords: true });
    // Discover without its header: the payment row's category says it.
    expect(
      inferSign([e(801, 'DOLLAR TREE · Merchandise'), e(-5242, 'BEALLS · Payments and Credits')], false).sign,
    ).toBe('inverted');
    // Amex México: its payment thanks the holder in Spanish.
    expect(
      inferSign([e(49900, 'APPLE.COM/BILL'), e(-1000000, 'GRACIAS POR SU PAGO EN BBVA')], false).sign,
    ).toBe('inverted');
    expect(inferSign([e(5000, 'Remboursement carte'), e(-12, 'CB')], false).sign).toBe('normal');
  });
  it('keeps bank exports normal', () => {
    expect(inferSign([e(-1099, 'SPOTIFY'), e(250000, 'SALARY'), e(-4000, 'RENT')], true)).toEqual({
      sign: 'normal',
      weak: false,
      byWords: true,
    });
    // A payment to a card goes out like the spending around it; pay beside spending is an account's.
    const checking = [e(-300000, 'CREDIT CARD PAYMENT'), e(-2374, 'AMAZON'), e(-6446, 'LOANS')];
    expect(inferSign([...checking, e(-5000, 'ONLINE PAYMENT')], false).sign).toBe('normal');
    expect(inferSign([...checking, e(153308, 'KEY ENERGY DIRECT DEP')], false)).toMatchObject({
      sign: 'normal',
      byWords: true,
    });
    // Amounts written with a plus are as the account sees them, whatever the type column says.
    expect(
      inferSign([{ ...e(4500, 'POP SOCKET', 'Charge'), plus: true }, e(-88500, 'TRANSFER')], false).sign,
    ).toBe('normal');
    // A card's charges around a payment of the other sign: abbreviated ("PMT") too.
    expect(inferSign([e(299, 'APPLE.COM/BILL'), e(-10000, 'ONLINE CREDIT CARD PMT')], false)).toMatchObject({
      sign: 'inverted',
      byWords: true,
    });
  });
  it("reads a Japanese card bill's sign from its header, for one row too", () => {
    const header = ['利用日', '利用店名・商品名', '利用金額'];
    expect(inferSign([e(3000, 'ＰａｙＰａｙ　チャージ')], false, header)).toEqual({
      sign: 'inverted',
      weak: false,
      byWords: true,
    });
  });
  it('reads a card export when every amount is positive and there is no balance; weakly when nearly every', () => {
    expect(inferSign([e(1, 'a'), e(2, 'b'), e(3, 'c'), e(4, 'd')], false)).toEqual({
      sign: 'inverted',
      weak: false,
      allPositive: true,
    });
    expect(inferSign([e(1, 'a'), e(2, 'b'), e(3, 'c'), e(4, 'd'), e(5, 'e'), e(-6, 'f')], false)).toEqual({
      sign: 'inverted',
      weak: true,
    });
    expect(inferSign([e(1, 'a'), e(2, 'b'), e(3, 'c'), e(4, 'd')], true).sign).toBe('normal');
  });
  it('settles a card export without asking when many rows are nearly all positive, unless some read like income', () => {
    const charges = Array.from({ length: 18 }, (_, i) => e(100 + i, `SHOP ${i}`));
    const refunds = [e(-60, 'REDUC. IVA LEY 17934'), e(-90, 'REDUC. IVA LEY 17934')];
    expect(inferSign([...charges, ...refunds], false)).toEqual({
      sign: 'inverted',
      weak: false,
      byShare: true,
    });
    expect(inferSign([...charges.slice(1), ...refunds], false)).toEqual({ sign: 'inverted', weak: true });
    expect(inferSign([...charges, e(2500, 'SALARY ACME'), ...refunds], false)).toEqual({
      sign: 'inverted',
      weak: true,
    });
  });
});

describe('inferSign on all-positive files', () => {
  it('asks instead of inverting when the positive rows read like income', () => {
    const rows = ['SALARY ACME', 'INTEREST PAID', 'TRANSFER'].map((text, i) => ({
      amount: 1000 + i,
      text,
      type: '',
    }));
    expect(inferSign(rows, false)).toEqual({ sign: 'inverted', weak: true });
  });
});

describe('a Dr/Cr mark written on a sum', () => {
  it('beats the debit or credit column the sum sits in', () => {
    const tmb = [
      'Transaction Date,Value Date,Description,Reference Number,Currency,CREDIT,DEBIT,Currency,Balance',
      '31 Jan 2020,01 Feb 2020,TVA COLLECTEE,REF123456,USD,0.80Dr,USD,51343.09,',
      '31 Jan 2020,01 Feb 2020,FRAIS DE TENUE DE COMPTE,REF123457,USD,5.00Dr,USD,51343.89,',
      '02 Feb 2020,02 Feb 2020,VIREMENT RECU,REF123458,USD,15.00Cr,USD,51358.89,',
    ].join('\n');
    expect(readText(tmb).rows.map((row) => row.amount)).toEqual([-80, -500, 1500]);
    const marked = [
      'Date,Details,Debit,Credit',
      '02/01/2024,REFUND,12.50 CR,',
      '03/01/2024,SHOP,9.99 DR,',
    ].join('\n');
    expect(readText(marked).rows.map((row) => row.amount)).toEqual([1250, -999]);
  });
});
