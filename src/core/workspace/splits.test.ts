import { describe, expect, it } from 'vitest';
import { checkSplits, parseAmountInput } from './splits';

describe('checkSplits', () => {
  it('accepts parts that add up exactly', () => {
    expect(
      checkSplits(-1000, [
        { category: 'groceries', amount: -600 },
        { category: 'shopping', amount: -400 },
      ]),
    ).toEqual({ remaining: 0, problems: [] });
  });
  it('reports what is wrong', () => {
    expect(checkSplits(-1000, [{ category: 'a', amount: -1000 }]).problems).toEqual(['tooFew']);
    const check = checkSplits(-1000, [
      { category: '', amount: -600 },
      { category: 'b', amount: 0 },
    ]);
    expect(check.remaining).toBe(-400);
    expect(check.problems).toEqual(['zeroPart', 'noCategory', 'mismatch']);
  });
});

describe('parseAmountInput', () => {
  it('reads comma or dot decimals and grouping', () => {
    expect(parseAmountInput('12,50', 'EUR')).toBe(1250);
    expect(parseAmountInput('12.5', 'EUR')).toBe(1250);
    expect(parseAmountInput('-1 234,56 €', 'EUR')).toBe(-123456);
    expect(parseAmountInput('1,234.5', 'USD')).toBe(123450);
    expect(parseAmountInput('1.234', 'EUR')).toBe(123400);
    expect(parseAmountInput('7', 'EUR')).toBe(700);
    expect(parseAmountInput('1,000', 'JPY')).toBe(1000);
  });
  it('returns null for text that is not an amount', () => {
    expect(parseAmountInput('', 'EUR')).toBeNull();
    expect(parseAmountInput('abc', 'EUR')).toBeNull();
    expect(parseAmountInput('-', 'EUR')).toBeNull();
  });
  it('reads "-0" as a plain zero', () => {
    expect(Object.is(parseAmountInput('-0,00', 'EUR'), 0)).toBe(true);
  });
});
