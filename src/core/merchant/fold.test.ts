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
});
