import { describe, expect, it } from 'vitest';
import { solarHijriToGregorian } from './solarHijri';

describe('solarHijriToGregorian', () => {
  it('converts dates of Iranian statements', () => {
    expect(solarHijriToGregorian(1402, 10, 15)).toEqual([2024, 1, 5]);
    expect(solarHijriToGregorian(1403, 1, 1)).toEqual([2024, 3, 20]);
    expect(solarHijriToGregorian(1402, 1, 1)).toEqual([2023, 3, 21]);
    expect(solarHijriToGregorian(1399, 6, 31)).toEqual([2020, 9, 21]);
    expect(solarHijriToGregorian(1398, 11, 30)).toEqual([2020, 2, 19]);
  });
  it('knows which years have a 30th of Esfand', () => {
    expect(solarHijriToGregorian(1399, 12, 30)).toEqual([2021, 3, 20]);
    expect(solarHijriToGregorian(1403, 12, 30)).toEqual([2025, 3, 20]);
    expect(solarHijriToGregorian(1400, 12, 30)).toBeNull();
    expect(solarHijriToGregorian(1402, 7, 31)).toBeNull();
    expect(solarHijriToGregorian(1402, 13, 1)).toBeNull();
  });
});
