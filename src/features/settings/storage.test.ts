import { describe, expect, it } from 'vitest';
import { formatBytes } from './storage';

describe('formatBytes', () => {
  it('picks a readable unit and follows the locale', () => {
    expect(formatBytes(512, 'en-US')).toBe('512 byte');
    expect(formatBytes(2_345, 'en-US')).toBe('2.3 kB');
    expect(formatBytes(12_345_678, 'en-US')).toBe('12.3 MB');
    expect(formatBytes(123_456_789, 'en-US')).toBe('123 MB');
    expect(formatBytes(5_500_000_000, 'fr-FR').replace(/\s/g, ' ')).toBe('5,5 Go');
  });
});
