import { describe, expect, it } from 'vitest';
import { formatMessage } from './format';
import { numbersLocale, wordsLocale } from './locales';

describe('wordsLocale', () => {
  it('is the browser locale when the browser speaks the language', () => {
    expect(wordsLocale('en', 'en-GB')).toBe('en-GB');
    expect(wordsLocale('fr', 'fr-CA')).toBe('fr-CA');
  });

  it("is the language in the browser's region otherwise", () => {
    expect(wordsLocale('en', 'de-DE')).toBe('en-DE');
    expect(wordsLocale('en', 'zh-Hant-TW')).toBe('en-TW');
    expect(wordsLocale('fr', 'nl-BE')).toBe('fr-BE');
  });

  it('is the language alone when the browser names no region or no valid tag', () => {
    expect(wordsLocale('en', 'de')).toBe('en');
    expect(wordsLocale('en', '')).toBe('en');
    expect(wordsLocale('en', 'not a tag')).toBe('en');
  });
});

describe('numbersLocale', () => {
  it("is the browser's locale, whatever language the words are in", () => {
    expect(numbersLocale('de-DE', 'en-DE')).toBe('de-DE-u-nu-latn');
    expect(numbersLocale('', 'en')).toBe('en');
  });
  it("writes Latin digits, as the words around them are, with the region's separators and signs", () => {
    const format = (tag: string) => new Intl.NumberFormat(numbersLocale(tag, 'en')).format(1234.5);
    expect(format('ar-EG')).toMatch(/^\D?1.234.5\D?$/);
    expect(format('fa-IR')).toMatch(/1.234.5/);
    expect(format('de-DE')).toBe('1.234,5');
  });
});

describe('a message with words in one locale and numbers in another', () => {
  it('takes plural rules from the words and digits from the numbers', () => {
    const template = '{count, plural, one {# transaction added} other {# transactions added}}';
    expect(formatMessage(template, { count: 1234 }, { words: 'en-DE', numbers: 'de-DE' })).toBe(
      '1.234 transactions added',
    );
    expect(formatMessage(template, { count: 1 }, { words: 'en-DE', numbers: 'de-DE' })).toBe(
      '1 transaction added',
    );
    expect(formatMessage('{n} rows', { n: 1234.5 }, { words: 'en', numbers: 'fr-FR' })).toBe(
      '1\u202f234,5 rows',
    );
  });
});
