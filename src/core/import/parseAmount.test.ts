import { describe, expect, it } from 'vitest';
import { parseAmount } from './parseAmount';

const p = (s: string, mark: '.' | ',' = '.', digits = 2) => parseAmount(s, mark, digits);

describe('parseAmount', () => {
  it('reads amounts up to the largest safe integer of minor units, and refuses larger ones', () => {
    expect(p('90071992547409.91')).toBe(9007199254740991);
    expect(p('-90071992547409.91')).toBe(-9007199254740991);
    expect(p('90071992547409.92')).toBeNull();
    expect(p('9'.repeat(40))).toBeNull();
    expect(p(`${'9'.repeat(400)}.00`)).toBeNull();
    expect(p(`${'0'.repeat(30)}12.34`)).toBe(1234);
    expect(p('12.345678', '.', 3)).toBe(12346);
    expect(p(',006', '.', 0)).toBe(6);
  });
  it('takes a label numbered without a separator for a name, not money, unless a currency code leads it', () => {
    expect(p('VWZ1')).toBeNull();
    expect(p('Ref12')).toBeNull();
    expect(p('EUR100')).toBe(10000);
    expect(p('RM10.00')).toBe(1000);
    expect(p('Rs 1,234')).toBe(123400);
  });
  it("reads Japanese banks' yen sign, written as a backslash", () => {
    expect(p('\\7,000', '.', 0)).toBe(7000);
    expect(p('7\\000')).toBeNull();
  });
  it('takes a word of another script before a number for text, a short currency word for money', () => {
    expect(p('Описание 1')).toBeNull();
    expect(p('руб. 1 234,56', ',')).toBe(123456);
    expect(p('лв 12,50', ',')).toBe(1250);
  });
  it('reads a short cell correctly after a very long one', () => {
    expect(p(`${'1'.repeat(200)}x`)).toBeNull();
    expect(p('7.05')).toBe(705);
  });
  it('reads decimal points and commas', () => {
    expect(p('-10.99')).toBe(-1099);
    expect(p('-17,02', ',')).toBe(-1702);
    expect(p('2480,46', '.')).toBe(248046); // a single separator with 2 digits after is always decimal
    expect(p('0.45')).toBe(45);
    expect(p('.5')).toBe(50);
  });
  it('reads thousands separators of every kind', () => {
    expect(p('1,234.56')).toBe(123456);
    expect(p('1.234,56', ',')).toBe(123456);
    expect(p('-1 250,00', ',')).toBe(-125000);
    expect(p('1\u00a0234,56', ',')).toBe(123456);
    expect(p('1\u202f234,56', ',')).toBe(123456);
    expect(p("1'234.50")).toBe(123450);
    expect(p('12,345,678.90')).toBe(1234567890);
    expect(p('1.234', ',')).toBe(123400);
    expect(p('1,234', '.')).toBe(123400);
    expect(p('1.234', '.')).toBe(123);
  });
  it('reads signs, parentheses, trailing minus and CR/DR', () => {
    expect(p('+15,00', ',')).toBe(1500);
    expect(p('12,50-', ',')).toBe(-1250);
    expect(p('(45.00)')).toBe(-4500);
    expect(p('($1,234.56)')).toBe(-123456);
    expect(p('12.50 CR')).toBe(1250);
    expect(p('12.50 DR')).toBe(-1250);
    expect(p('12.50DR')).toBe(-1250);
    expect(p('−7.00')).toBe(-700);
    expect(p("'-12,50", ',')).toBe(-1250);
    // Maybank writes the side after the amount: "45.20-", "2,150.00+".
    expect(p('2,150.00+')).toBe(215000);
    expect(p('2,150.00+ x')).toBeNull();
  });
  it('ignores currency symbols and codes', () => {
    expect(p('5718,49 EUR', ',')).toBe(571849);
    expect(p('EUR 5718,49', ',')).toBe(571849);
    expect(p('$1,234.56')).toBe(123456);
    expect(p('-$5.00')).toBe(-500);
    expect(p('1.234,56 €', ',')).toBe(123456);
    expect(p('£3.20')).toBe(320);
    expect(p("CHF 1'000.00")).toBe(100000);
  });
  it('handles dropped trailing zeros and integers', () => {
    expect(p('-74,8', ',')).toBe(-7480);
    expect(p('12.5')).toBe(1250);
    expect(p('200', ',')).toBe(20000);
    expect(p('-6,4', ',')).toBe(-640);
  });
  it('uses the currency digits with exact string arithmetic', () => {
    expect(p('1234', '.', 0)).toBe(1234);
    expect(p('1.234', '.', 3)).toBe(1234);
    expect(p('0.1', '.', 2)! + p('0.2', '.', 2)!).toBe(30);
    expect(p('0.125', '.', 2)).toBe(13);
    expect(p('1.005', ',', 2)).toBe(100500);
    expect(p('19.99')).toBe(1999);
    expect(p('4.35')).toBe(435);
  });
  it('returns null for anything that is not an amount, never NaN', () => {
    for (const s of [
      '',
      'abc',
      'N/A',
      '12.3.4',
      '2025-03-05',
      '05/03/2025',
      '12:30',
      'SUITE 5',
      '1.2.3',
      'e',
      '1e5',
      '--',
    ]) {
      expect(p(s)).toBeNull();
    }
    expect(p('0,00', ',')).toBe(0);
    expect(Object.is(p('-0.00'), -0)).toBe(false);
  });
});

describe('parseAmount: Indian grouping and currency words', () => {
  it('reads lakh grouping, "Rs." before and "руб." after the number', () => {
    expect(parseAmount('1,23,456.78', '.', 2)).toBe(12345678);
    expect(parseAmount('₹12,34,567.00', '.', 2)).toBe(123456700);
    expect(parseAmount('Rs. 1,234.56', '.', 2)).toBe(123456);
    expect(parseAmount('-1 234,56 руб.', ',', 2)).toBe(-123456);
    expect(parseAmount('1,2,3', '.', 2)).toBeNull();
  });
});

describe('parseAmount: signs and counts in Chinese, Japanese and Korean', () => {
  it('reads yen, yuan and won after the number, not a count of instalments', () => {
    expect(parseAmount('1,000円', '.', 0)).toBe(1000);
    expect(parseAmount('12.50元', '.', 2)).toBe(1250);
    expect(parseAmount('5,000원', '.', 0)).toBe(5000);
    expect(parseAmount('1回払い', '.', 0)).toBeNull();
    expect(parseAmount('3件', '.', 0)).toBeNull();
  });
});

describe('parseAmount: two minus signs', () => {
  it('reads "--1000" as a credit, as USAA writes one', () => {
    expect(parseAmount('--1000', '.', 2)).toBe(100000);
    expect(parseAmount('--0.05', '.', 2)).toBe(5);
    expect(parseAmount('-3.50', '.', 2)).toBe(-350);
    expect(parseAmount('(-5)', '.', 2)).toBe(-500);
  });
});
