import { describe, expect, it } from 'vitest';
import { foldText, toCompactKey, toKey } from './fold';

describe('fold', () => {
  it('transliterates German and strips accents', () => {
    expect(toKey('MÜNCHEN')).toBe(toKey('MUENCHEN'));
    expect(toKey('Straße')).toBe('strasse');
    expect(toKey('Café Crème')).toBe('cafe creme');
    expect(foldText('Œuvre')).toBe('oeuvre');
  });
  it('drops apostrophes and punctuation', () => {
    expect(toKey("McDonald's")).toBe('mcdonalds');
    expect(toKey('H&M')).toBe('h & m');
    expect(toKey('bol.com')).toBe('bol com');
    expect(toCompactKey('Whole Foods')).toBe('wholefoods');
  });
  it('keeps the letters of other scripts, in one form', () => {
    expect(toKey('ПЯТЕРОЧКА')).toBe(toKey('Пятерочка'));
    expect(toKey('ПЯТЕРОЧКА')).toBe('пятерочка');
    expect(toKey('ΣΚΛΑΒΕΝΙΤΗΣ')).toBe('σκλαβενιτης');
    expect(toKey('ｽﾀｰﾊﾞｯｸｽ')).toBe('スターバックス');
    expect(toKey('セブン－イレブン')).toBe('セブン イレブン');
    expect(toKey('스타벅스')).toBe('스타벅스');
    // Arabic ye and kaf meet their Persian forms, so both spellings share a key.
    expect(toKey('كارفور،  المعادي')).toBe('کارفور المعادی');
    expect(toKey('كافه')).toBe(toKey('کافه'));
    expect(toKey('Ｓｔａｒｂｕｃｋｓ')).toBe('starbucks');
  });
});
