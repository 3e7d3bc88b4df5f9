import { describe, expect, it } from 'vitest';
import type { CategoryRule } from '../merchant/rules';
import { explainCategory } from './explainCategory';
import { tx } from './testRows';

const rule: CategoryRule = {
  id: 'r1',
  field: 'description',
  match: 'contains',
  pattern: 'NAVIGO',
  setCategory: 'travel',
  priority: 0,
  createdAt: 1,
};
const context = { rules: [rule], learnedAt: new Map([['carrefour city', Date.UTC(2026, 2, 14, 9)]]) };

describe('explainCategory', () => {
  it('names the rule that set the category, by id or by matching it again', () => {
    expect(
      explainCategory(tx({ categorySource: 'rule', description: 'CB RATP NAVIGO 01/11' }), context),
    ).toEqual({
      reason: 'rule',
      rule: { id: 'r1', field: 'description', match: 'contains', pattern: 'NAVIGO' },
    });
    expect(
      explainCategory({ ...tx({ categorySource: 'rule' }), ruleId: 'gone' }, { ...context, rules: [] }),
    ).toEqual({
      reason: 'rule',
    });
  });

  it('dates a category learned from a correction', () => {
    expect(
      explainCategory(tx({ categorySource: 'learned', merchantKey: 'carrefour city' }), context),
    ).toEqual({
      reason: 'learned',
      date: '2026-03-14',
    });
    expect(explainCategory(tx({ categorySource: 'learned', merchantKey: 'other' }), context)).toEqual({
      reason: 'learned',
    });
  });

  it('tells a known brand, a keyword, the bank’s label and a guess apart', () => {
    expect(explainCategory(tx({ categorySource: 'dictionary', merchant: 'Starbucks' }), context)).toEqual({
      reason: 'brand',
      brand: 'Starbucks',
      source: 'dictionary',
    });
    expect(
      explainCategory(
        tx({
          categorySource: 'keyword',
          merchant: 'Pharmacie du Centre',
          description: 'CB PHARMACIE DU CENTRE',
        }),
        context,
      ),
    ).toEqual({ reason: 'keyword', keyword: 'pharmacie' });
    expect(
      explainCategory({ ...tx({ categorySource: 'bank' }), bankCategory: 'Alimentation' }, context),
    ).toEqual({
      reason: 'bank',
      label: 'Alimentation',
    });
    expect(explainCategory(tx({ categorySource: 'model', confidence: 0.83 }), context)).toEqual({
      reason: 'guess',
      confidence: 0.83,
    });
  });

  it('puts the person’s own choice, splits, transfers and the bank’s wording first', () => {
    expect(explainCategory(tx({ categorySource: 'manual' }), context)).toEqual({ reason: 'manual' });
    expect(
      explainCategory(
        tx({
          categorySource: 'manual',
          splits: [
            { category: 'a', amount: -1 },
            { category: 'b', amount: -2 },
          ],
        }),
        context,
      ),
    ).toEqual({ reason: 'split', parts: 2 });
    expect(explainCategory(tx({ categorySource: 'transfer', category: 'transfers' }), context)).toEqual({
      reason: 'transfer',
    });
    expect(explainCategory(tx({ categorySource: 'type', kind: 'cash', category: 'cash' }), context)).toEqual({
      reason: 'type',
      type: 'cash',
    });
    expect(explainCategory(tx({ categorySource: 'none', category: 'uncategorized' }), context)).toEqual({
      reason: 'none',
    });
  });
});
