import { describe, expect, it } from 'vitest';
import { buildReviewGroups, needsReview } from './review';
import { tx } from './testRows';

describe('needsReview', () => {
  it('flags uncategorized and unsure automatic categories only', () => {
    expect(needsReview(tx({ category: 'uncategorized' }))).toBe(true);
    expect(needsReview(tx({ categorySource: 'model', confidence: 0.5 }))).toBe(true);
    expect(needsReview(tx({ categorySource: 'keyword', confidence: 0.79 }))).toBe(true);
    expect(needsReview(tx({ categorySource: 'keyword', confidence: 0.8 }))).toBe(false);
    expect(needsReview(tx({ categorySource: 'manual', confidence: 0.1 }))).toBe(false);
    expect(needsReview(tx({ categorySource: 'curated', confidence: 0.5 }))).toBe(false);
  });
});

describe('buildReviewGroups', () => {
  it('groups by merchant key and orders groups by total absolute amount', () => {
    const groups = buildReviewGroups([
      tx({ merchant: 'Small', merchantKey: 'small', category: 'uncategorized', amount: -100 }),
      tx({ merchant: 'Big', merchantKey: 'big', category: 'uncategorized', amount: -3000 }),
      tx({ merchant: 'Small', merchantKey: 'small', categorySource: 'model', confidence: 0.3, amount: 200 }),
      tx({ merchant: 'Small', merchantKey: 'small', category: 'uncategorized', amount: -100 }),
      tx({ merchant: 'Sure', merchantKey: 'sure', categorySource: 'rule', amount: -99999 }),
    ]);
    expect(groups.map((g) => [g.merchant, g.transactions.length, g.totalAbs, g.category])).toEqual([
      ['Big', 1, 3000, 'uncategorized'],
      ['Small', 3, 400, 'uncategorized'],
    ]);
  });
});
