import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descriptorShape, isShape, newShapeScan, scanShape } from './descriptorShape';

/** The two regular expressions the scanner replaces. */
const byRegex = (text: string): string =>
  text.replace(/\b(?=(?:[A-Za-z]*\d){3})[A-Za-z0-9]{8,}\b/g, '#').replace(/\d/g, '0');

describe('descriptorShape', () => {
  it('zeroes digits and blanks long references', () => {
    expect(descriptorShape('SHELL OIL 8195 PORTLAND OR 01/01 CARD 4821 REF 104572057')).toBe(
      'SHELL OIL 0000 PORTLAND OR 00/00 CARD 0000 REF #',
    );
    expect(descriptorShape('AMZN Mktp US*2K4TR91Q3 Amzn.com/bill WA')).toBe(
      'AMZN Mktp US*# Amzn.com/bill WA',
    );
    expect(descriptorShape('7-ELEVEN 40021')).toBe('0-ELEVEN 00000');
  });

  it('leaves a descriptor without digits as it is', () => {
    const text = 'CB CARREFOUR CITY';
    expect(descriptorShape(text)).toBe(text);
    expect(descriptorShape('')).toBe('');
  });

  it('keeps short or digit-poor words, and words glued to an underscore, as words with zeroed digits', () => {
    expect(descriptorShape('AB12345')).toBe('AB00000'); // 7 characters
    expect(descriptorShape('ABCDEFG12')).toBe('ABCDEFG00'); // 2 digits
    expect(descriptorShape('REF_AB123456')).toBe('REF_AB000000');
    expect(descriptorShape('AB123456_X')).toBe('AB000000_X');
    expect(descriptorShape('_12345678_')).toBe('_00000000_');
  });

  it('treats letters beyond ASCII as word breaks, as \\b does', () => {
    expect(descriptorShape('CAFÉ12345678')).toBe('CAFÉ#');
    expect(descriptorShape('Zahlung12345678äb')).toBe('#äb');
    expect(descriptorShape('١٢٣٤٥٦٧٨٩ 12345678')).toBe('١٢٣٤٥٦٧٨٩ #');
  });

  it('agrees with the regular expressions on any text', () => {
    const alphabet = fc.constantFrom(...'aZ09187_ -#/*.éÉß\t'.split(''), 'x1y2z3', 'ABCD', '1234');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(descriptorShape(text)).toBe(byRegex(text));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        expect(descriptorShape(text)).toBe(byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives descriptors of one shape one hash, and tells shapes apart by their text', () => {
    const a = newShapeScan();
    const b = newShapeScan();
    scanShape('SHELL 1234 REF 123456789', a);
    scanShape('SHELL 9876 REF 55555555X', b);
    expect(b.hash).toBe(a.hash);
    expect(isShape(b, 'SHELL 0000 REF #')).toBe(true);
    scanShape('SHELL 9876 REF 5555555', b);
    expect(b.hash).not.toBe(a.hash);
    expect(isShape(b, 'SHELL 0000 REF #')).toBe(false);
    expect(isShape(b, 'SHELL 0000 REF 0000000')).toBe(true);
    expect(isShape(b, 'SHELL 0000 REF 00000000')).toBe(false);
  });

  it('reads a cell far longer than its buffer, after short ones', () => {
    const scan = newShapeScan();
    scanShape('AB 12', scan);
    const long = `${'CAFÉ 12 '.repeat(20_000)}REF 123456789`;
    expect(descriptorShape(long)).toBe(byRegex(long));
    scanShape(long, scan);
    expect(isShape(scan, byRegex(long))).toBe(true);
  });
});
