import { describe, expect, it } from 'vitest';
import { inferDecimalMark } from './inferNumberFormat';

describe('inferDecimalMark', () => {
  it('decides from the last separator with two digits', () => {
    expect(inferDecimalMark(['-10,99', '1,5', '200'], '.')).toBe(',');
    expect(inferDecimalMark(['-10.99', '3250.90'], ',')).toBe('.');
  });
  it('takes a mark after a lone 0 for the decimal one: no thousands group starts with 0', () => {
    expect(inferDecimalMark(['3.300', '20.000', '0.000'], ',')).toBe('.');
    expect(inferDecimalMark(['3,300', '0,000'], '.')).toBe(',');
    expect(inferDecimalMark(['3.300', '20.000'], ',')).toBe(',');
  });
  it('decides from values with both marks', () => {
    expect(inferDecimalMark(['1.234,56'], '.')).toBe(',');
    expect(inferDecimalMark(['1,234.56'], ',')).toBe('.');
  });
  it('reads repeated marks as thousands', () => {
    expect(inferDecimalMark(['1.234.567'], '.')).toBe(',');
  });
  it('treats exactly three digits after a single mark as a weak thousands hint', () => {
    expect(inferDecimalMark(['1.234', '5.000'], '.')).toBe(',');
    expect(inferDecimalMark(['1.234', '12,50'], '.')).toBe(',');
  });
  it("reads three digits after every amount's mark as padded decimals when the delimiter suggests that mark", () => {
    expect(inferDecimalMark(['53.100', '475.000', '12.500'], '.')).toBe('.');
    expect(inferDecimalMark(['53,100', '475,000', '12,500'], ',')).toBe(',');
    // Not against the delimiter's hint, not beside a sum without a mark, not for two sums.
    expect(inferDecimalMark(['1.000', '2.000', '5.000'], ',')).toBe(',');
    expect(inferDecimalMark(['53.100', '475.000', '12.500', '300'], '.')).toBe(',');
    expect(inferDecimalMark(['53.100', '475.000'], '.')).toBe(',');
  });
  it('falls back to the hint', () => {
    expect(inferDecimalMark(['12', '-5'], ',')).toBe(',');
    expect(inferDecimalMark([], '.')).toBe('.');
  });
});
