import { describe, expect, it } from 'vitest';
import { findMatchingRule, matchRule, validateRule, type CategoryRule } from './rules';

const rule = (over: Partial<CategoryRule>): CategoryRule => ({
  id: 'r',
  field: 'description',
  match: 'contains',
  pattern: 'x',
  setCategory: 'shopping',
  priority: 0,
  createdAt: 0,
  ...over,
});
const tx = {
  description: 'CB CARREFOUR CITY 12/03',
  merchant: 'Carrefour City',
  amount: -1234,
  accountId: 1,
};

describe('rules', () => {
  it('matches contains / equals / regex with amount and account bounds', () => {
    expect(matchRule(rule({ pattern: 'carrefour' }), tx)).toBe(true);
    expect(matchRule(rule({ field: 'merchant', match: 'equals', pattern: 'carrefour city' }), tx)).toBe(true);
    expect(matchRule(rule({ match: 'regex', pattern: '^CB\\s+CARREFOUR' }), tx)).toBe(true);
    expect(matchRule(rule({ pattern: 'carrefour', maxAmount: -2000 }), tx)).toBe(false);
    expect(matchRule(rule({ pattern: 'carrefour', accountId: 2 }), tx)).toBe(false);
  });
  it('never throws on an invalid regex and reports it', () => {
    const bad = rule({ match: 'regex', pattern: '([' });
    expect(matchRule(bad, tx)).toBe(false);
    expect(validateRule(bad)).toHaveLength(1);
    expect(validateRule(rule({ pattern: 'ok' }))).toEqual([]);
  });
  it('picks the highest priority, then the newest', () => {
    const rules = [
      rule({ id: 'a', pattern: 'carrefour', priority: 1, createdAt: 1 }),
      rule({ id: 'b', pattern: 'carrefour', priority: 2, createdAt: 1 }),
      rule({ id: 'c', pattern: 'carrefour', priority: 2, createdAt: 5 }),
      rule({ id: 'd', pattern: 'nope', priority: 9 }),
    ];
    expect(findMatchingRule(rules, tx)?.id).toBe('c');
  });
});
