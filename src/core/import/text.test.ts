import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanCell, collapseSpaces, normalizeName } from './text';

/** The Unicode pipeline normalizeName used for every input before its ASCII shortcut. */
function unicodeNormalization(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

describe('normalizeName on ASCII text', () => {
  it('lowers case and collapses every run of other characters to one space', () => {
    expect(normalizeName('  Posting Date ')).toBe('posting date');
    expect(normalizeName('Check or Slip #')).toBe('check or slip');
    expect(normalizeName('ACH_DEBIT')).toBe('ach debit');
    expect(normalizeName('\t"Amount (EUR)";\r\n')).toBe('amount eur');
    expect(normalizeName('--')).toBe('');
    expect(normalizeName('')).toBe('');
    expect(normalizeName('a')).toBe('a');
    expect(normalizeName('x\u0000y\u007fZ')).toBe('x y z');
  });

  it('agrees with the Unicode pipeline on any ASCII text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), (text) => {
        expect(normalizeName(text)).toBe(unicodeNormalization(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('still folds accents and ligatures when the text is not ASCII', () => {
    expect(normalizeName('Débit / Crédit')).toBe('debit credit');
    expect(normalizeName('Łódź Straße')).toBe('lodz strasse');
  });
});

describe('cleanCell', () => {
  it('returns a cell with printable ends as it is, and trims or unwraps every other', () => {
    expect(cleanCell('DEBIT')).toBe('DEBIT');
    expect(cleanCell('\u00a0-12.50\u202f')).toBe('-12.50');
    expect(cleanCell('\ufeffDate')).toBe('Date');
    expect(cleanCell('="00123"')).toBe('00123');
    expect(cleanCell("'0123")).toBe('0123');
    expect(cleanCell("'POS Purchase'")).toBe('POS Purchase');
    expect(cleanCell('x=')).toBe('x=');
    expect(cleanCell("O'")).toBe("O'");
    expect(cleanCell(' ')).toBe('');
  });
});

describe('collapseSpaces', () => {
  it('collapses every kind of whitespace run, and leaves single spaces alone', () => {
    expect(collapseSpaces('CB  CARREFOUR\n CITY')).toBe('CB CARREFOUR CITY');
    expect(collapseSpaces('A\u2003\u3000B')).toBe('A B');
    expect(collapseSpaces('A\u2003B')).toBe('A\u2003B');
    expect(collapseSpaces('A\u00a0B')).toBe('A B');
    expect(collapseSpaces(' A B ')).toBe('A B');
  });
});

describe('normalizeName on other scripts', () => {
  it('strips Latin accents and keeps letters that NFD splits in other scripts whole', () => {
    expect(normalizeName('Értéknap')).toBe('erteknap');
    expect(normalizeName('거래일자')).toBe('거래일자');
    expect(normalizeName('ガソリン')).toBe('ガソリン');
    expect(normalizeName('دائن')).toBe('دائن');
  });
});
