import { describe, expect, it } from 'vitest';
import { formatDay } from './formatDay';

describe('formatDay', () => {
  it('formats a calendar day in the locale, whatever the time zone', () => {
    expect(formatDay('2026-10-31', 'en-US')).toBe('Oct 31, 2026');
    expect(formatDay('2026-01-01', 'fr-FR')).toBe('1 janv. 2026');
  });
  it('leaves text that is not a date as is', () => {
    expect(formatDay('someday', 'en-US')).toBe('someday');
  });
});
