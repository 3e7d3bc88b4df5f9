import { describe, expect, it } from 'vitest';
import { formatMessage } from './format';

describe('formatMessage', () => {
  it('fills placeholders', () => {
    expect(formatMessage('Hello {name}', { name: 'Ada' }, 'en')).toBe('Hello Ada');
  });
  it('chooses plural forms per locale and formats the number', () => {
    const template = '{count, plural, one {# row} other {# rows}} read';
    expect(formatMessage(template, { count: 1 }, 'en')).toBe('1 row read');
    expect(formatMessage(template, { count: 1234 }, 'en')).toBe('1,234 rows read');
    expect(formatMessage('{count, plural, one {# ligne} other {# lignes}}', { count: 0 }, 'fr')).toBe(
      '0 ligne',
    );
  });
  it('supports exact branches and nested placeholders', () => {
    const template = '{n, plural, =0 {nothing in {file}} other {# in {file}}}';
    expect(formatMessage(template, { n: 0, file: 'a.csv' }, 'en')).toBe('nothing in a.csv');
    expect(formatMessage(template, { n: 2, file: 'a.csv' }, 'en')).toBe('2 in a.csv');
  });
  it('leaves unknown placeholders visible rather than failing', () => {
    expect(formatMessage('{missing}', {}, 'en')).toBe('{missing}');
  });
});
