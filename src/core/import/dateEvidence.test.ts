import { describe, expect, it } from 'vitest';
import { decideDateOrder, headerLanguage, type DateOrderClues } from './dateEvidence';
import { inferDateOrder } from './inferDateOrder';

const clues = (cells: string[], extra: Partial<DateOrderClues> = {}): DateOrderClues => ({
  values: inferDateOrder([cells]),
  dateCells: cells,
  table: cells.map((c) => [c, 'x', '1.00']),
  header: ['Date', 'Description', 'Amount'],
  decimalMark: '.',
  decimalSeen: true,
  ...extra,
});
const SAME_DAY = ['06/01/2019', '06/01/2019', '06/01/2019'];

describe('decideDateOrder', () => {
  it('takes the values when a day is above 12', () => {
    expect(decideDateOrder(clues(['13/01/2019', '06/01/2019']))).toMatchObject({
      order: 'DMY',
      source: 'values',
    });
  });
  it('reads weekday names beside ambiguous dates', () => {
    const saturday = SAME_DAY.map((d) => `${d}  Sat`);
    expect(decideDateOrder(clues(saturday))).toEqual({ order: 'MDY', source: 'weekday', ask: false });
    const sonntag = SAME_DAY.map((d) => `${d} So`);
    expect(decideDateOrder(clues(sonntag)).order).toBe('DMY');
  });
  it('uses another date of the file (a preamble "Bis: 31.12.2017")', () => {
    const c = clues(SAME_DAY, { table: [['Bis:', '31.12.2017'], ...SAME_DAY.map((d) => [d])] });
    expect(decideDateOrder(c)).toMatchObject({ order: 'DMY', source: 'otherDates' });
  });
  it("follows the bank's convention: dotted dates, decimal comma, header language, currency", () => {
    expect(decideDateOrder(clues(['06.01.2019', '06.01.2019', '06.01.2019'])).source).toBe('dateSeparator');
    expect(decideDateOrder(clues(SAME_DAY, { decimalMark: ',' })).source).toBe('decimalMark');
    expect(decideDateOrder(clues(SAME_DAY, { header: ['Datum', 'Omschrijving', 'Bedrag'] }))).toMatchObject({
      order: 'DMY',
      source: 'language',
    });
    expect(decideDateOrder(clues(SAME_DAY, { currency: 'USD' }))).toMatchObject({
      order: 'MDY',
      source: 'currency',
    });
    expect(decideDateOrder(clues(SAME_DAY, { currency: 'INR' }))).toMatchObject({
      order: 'DMY',
      source: 'currency',
    });
  });
  it('falls back to the browser locale, and asks only when nothing decides', () => {
    expect(decideDateOrder(clues(SAME_DAY, { locale: 'en-US' }))).toMatchObject({
      order: 'MDY',
      source: 'locale',
    });
    expect(decideDateOrder(clues(SAME_DAY, { locale: 'en-GB' }))).toMatchObject({
      order: 'DMY',
      source: 'locale',
    });
    expect(decideDateOrder(clues(SAME_DAY)).ask).toBe(true);
    expect(decideDateOrder(clues(SAME_DAY, { currency: 'CAD' })).ask).toBe(true);
  });
});

describe('headerLanguage', () => {
  it('tells English headers from others', () => {
    expect(headerLanguage(['Date', 'Narration', 'Debit Amount', 'Closing Balance'])).toBe('en');
    expect(headerLanguage(['Buchungstag', 'Verwendungszweck', 'Betrag'])).toBe('other');
    expect(headerLanguage(['Дата', 'Сумма'])).toBe('other');
    expect(headerLanguage(null)).toBeNull();
  });
});
