import { describe, expect, it } from 'vitest';
import { parseDate, looksLikeDate } from './parseDate';

describe('parseDate', () => {
  it('reads numeric dates under the column order', () => {
    expect(parseDate('03/04/2025', 'DMY')).toBe('2025-04-03');
    expect(parseDate('03/04/2025', 'MDY')).toBe('2025-03-04');
    expect(parseDate('7.5.25', 'DMY')).toBe('2025-05-07');
    expect(parseDate('2.1.2026', 'DMY')).toBe('2026-01-02');
    expect(parseDate('05/20/24', 'MDY')).toBe('2024-05-20');
    expect(parseDate('01-02-99', 'DMY')).toBe('1999-02-01');
  });
  it('reads year-first and compact dates whatever the order', () => {
    expect(parseDate('2025-05-07', 'MDY')).toBe('2025-05-07');
    expect(parseDate('2025/5/7', 'DMY')).toBe('2025-05-07');
    expect(parseDate('20250827', 'DMY')).toBe('2025-08-27');
  });
  it('reads dates that end with a dot or space their parts (Hungarian, Korean)', () => {
    expect(parseDate('2024.01.05.', 'MDY')).toBe('2024-01-05');
    expect(parseDate('2024. 01. 05.', 'DMY')).toBe('2024-01-05');
    expect(parseDate('2024. 1. 5. 14:33', 'DMY')).toBe('2024-01-05');
    expect(parseDate('05.01.2024.', 'DMY')).toBe('2024-01-05');
    expect(parseDate('2024.01.05.5', 'DMY')).toBeNull();
  });
  it('reads a year-first date written with colons (an old Danske Bank LT export), never a time', () => {
    expect(parseDate('2012:03:01', 'DMY')).toBe('2012-03-01');
    expect(parseDate('12:03:01', 'DMY')).toBeNull();
    expect(parseDate('14:30', 'DMY')).toBeNull();
    expect(parseDate('24 lug 2024. 02:59:45', 'DMY')).toBe('2024-07-24');
  });
  it('reads date-times', () => {
    expect(parseDate('2025-05-07T17:07:21', 'DMY')).toBe('2025-05-07');
    expect(parseDate('2025-05-07 17:07:21 +0000', 'DMY')).toBe('2025-05-07');
    expect(parseDate('16/02/2025 03:26', 'DMY')).toBe('2025-02-16');
  });
  it('reads month names in English, French, German, Dutch, Spanish', () => {
    expect(parseDate('12 janv. 2025', 'DMY')).toBe('2025-01-12');
    expect(parseDate('3. März 2025', 'DMY')).toBe('2025-03-03');
    expect(parseDate('Mar 3, 2025', 'DMY')).toBe('2025-03-03');
    expect(parseDate('03-mrt-2025', 'DMY')).toBe('2025-03-03');
    expect(parseDate('5 Jan 2019', 'MDY')).toBe('2019-01-05');
    expect(parseDate('16 Feb 25', 'DMY')).toBe('2025-02-16');
    expect(parseDate("14 Sep '22", 'DMY')).toBe('2022-09-14');
    expect(parseDate('1 févr. 2025', 'DMY')).toBe('2025-02-01');
    expect(parseDate('15 décembre 2024', 'DMY')).toBe('2024-12-15');
    expect(parseDate('9 mei 2025', 'DMY')).toBe('2025-05-09');
    expect(parseDate('4 ago 2025', 'DMY')).toBe('2025-08-04');
    expect(parseDate('September 30, 2025', 'DMY')).toBe('2025-09-30');
  });
  it('rejects impossible dates and non-dates', () => {
    expect(parseDate('2025-02-30', 'DMY')).toBeNull();
    expect(parseDate('2025-13-05', 'DMY')).toBeNull();
    expect(parseDate('29.02.2025', 'DMY')).toBeNull();
    expect(parseDate('29.02.2024', 'DMY')).toBe('2024-02-29');
    expect(parseDate('yesterday', 'DMY')).toBeNull();
    expect(parseDate('offen', 'DMY')).toBeNull();
    expect(parseDate('-12,50', 'DMY')).toBeNull();
    expect(parseDate('1.234.567', 'DMY')).toBeNull();
    expect(parseDate('', 'DMY')).toBeNull();
    expect(looksLikeDate('13/13/2025')).toBe(false);
  });
});

describe('month names of more banks, and CJK dates', () => {
  it('reads Polish, Nordic, Finnish, Russian and Ukrainian month names, and 年月日 dates', () => {
    const cases: [string, string][] = [
      ['5 marca 2024', '2024-03-05'],
      ['12 października 2024', '2024-10-12'],
      ['1 maj 2024', '2024-05-01'],
      ['3 augusti 2024', '2024-08-03'],
      ['24 desember 2024', '2024-12-24'],
      ['5 марта 2024 г.', '2024-03-05'],
      ['1 май 2024', '2024-05-01'],
      ['15 вересня 2024', '2024-09-15'],
      ['2 maaliskuuta 2024', '2024-03-02'],
      ['2024年3月5日', '2024-03-05'],
      ['2024년 12월 1일', '2024-12-01'],
    ];
    for (const [text, want] of cases) expect(parseDate(text, 'MDY'), text).toBe(want);
  });
});

describe('Romanian, Turkish, Hungarian and Portuguese month names', () => {
  it('reads them whole and abbreviated', () => {
    expect(parseDate('28 martie 2024', 'DMY')).toBe('2024-03-28');
    expect(parseDate('5 iunie 2024', 'DMY')).toBe('2024-06-05');
    expect(parseDate('3 noi. 2024', 'DMY')).toBe('2024-11-03');
    expect(parseDate('12 Ağustos 2024', 'DMY')).toBe('2024-08-12');
    expect(parseDate('1 Aralık 2024', 'DMY')).toBe('2024-12-01');
    expect(parseDate('15 szept. 2024', 'DMY')).toBe('2024-09-15');
    expect(parseDate('9 out 2024', 'DMY')).toBe('2024-10-09');
  });
});

describe('Japanese era dates', () => {
  it('reads Reiwa and Heisei years', () => {
    expect(parseDate('令和6年3月28日', 'MDY')).toBe('2024-03-28');
    expect(parseDate('R06.03.28', 'DMY')).toBe('2024-03-28');
    expect(parseDate('H31/4/30', 'DMY')).toBe('2019-04-30');
    expect(parseDate('令和元年5月1日', 'DMY')).toBe('2019-05-01');
    expect(parseDate('R06.13.28', 'DMY')).toBeNull();
  });
});

describe('a weekday before the date', () => {
  it('reads "Tue, 05 Mar 2024" and "Mo 04.03.2024", not "Payment 05/03/2024"', () => {
    expect(parseDate('Tue, 05 Mar 2024', 'MDY')).toBe('2024-03-05');
    expect(parseDate('Mo 04.03.2024', 'DMY')).toBe('2024-03-04');
    expect(looksLikeDate('Payment 05/03/2024')).toBe(false);
  });
});

describe('Solar Hijri dates', () => {
  it('reads the years of Iranian statements as the Gregorian days they are', () => {
    expect(parseDate('1402/10/15', 'DMY')).toBe('2024-01-05');
    expect(parseDate('1403-01-01', 'MDY')).toBe('2024-03-20');
    expect(parseDate('1400/12/30', 'DMY')).toBeNull();
    // Years before the calendars a statement could use are not dates at all.
    expect(parseDate('1250/01/05', 'DMY')).toBeNull();
  });
});

describe('Buddhist-era dates (Thai banks)', () => {
  it('reads years of the Buddhist era, with a Thai month name too', () => {
    expect(parseDate('05/03/2567', 'DMY')).toBe('2024-03-05');
    expect(parseDate('2567-03-05', 'DMY')).toBe('2024-03-05');
    expect(parseDate('5 มี.ค. 2567', 'DMY')).toBe('2024-03-05');
    expect(parseDate('31 ธันวาคม 66', 'DMY')).toBe('2023-12-31');
    // A shortened year that would fall in the 2060s is a Buddhist one.
    expect(parseDate('05/03/67', 'DMY')).toBe('2024-03-05');
    expect(parseDate('05/03/24', 'DMY')).toBe('2024-03-05');
  });
});

describe('weekdays before a month name, and year-first dates with one', () => {
  it('reads them', () => {
    expect(parseDate('Tuesday, March 5, 2024', 'DMY')).toBe('2024-03-05');
    expect(parseDate('Tue, Mar 5, 2024', 'DMY')).toBe('2024-03-05');
    expect(parseDate('2024-Mar-05', 'MDY')).toBe('2024-03-05');
    expect(parseDate('2024 MAR 05', 'DMY')).toBe('2024-03-05');
    expect(parseDate('Tuesday, the market', 'DMY')).toBeNull();
  });
});
