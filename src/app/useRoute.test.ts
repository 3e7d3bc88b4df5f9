import { describe, expect, it } from 'vitest';
import { parse } from './useRoute';

describe('route from the hash', () => {
  it('ignores the view query after ?', () => {
    expect(parse('#/transactions?category=groceries&from=2025-01-01')).toBe('transactions');
    expect(parse('#/dashboard?currency=GBP')).toBe('dashboard');
    expect(parse('#/nowhere?x=1')).toBe('dashboard');
    expect(parse('')).toBe('dashboard');
  });
});
