import { describe, expect, it } from 'vitest';
import type { CategoryRule } from '../merchant/rules';
import { previewRule, ruleChanges } from './rulePreview';
import { tx } from './testRows';

const rule: CategoryRule = {
  id: 'r1',
  field: 'description',
  match: 'contains',
  pattern: 'virement',
  setCategory: 'housing',
  priority: 0,
  createdAt: 0,
};

describe('rules and transfer legs', () => {
  it('never recategorizes a leg of a paired transfer, but may still rename it', () => {
    const leg = tx({
      description: 'VIREMENT VERS LIVRET A',
      category: 'transfers',
      categorySource: 'transfer',
      kind: 'transfer',
      transferPairId: 99,
    });
    expect(ruleChanges(rule, leg)).toBeNull();
    expect(ruleChanges({ ...rule, setMerchant: 'Livret A' }, leg)).toEqual({ merchant: 'Livret A' });
    const unpaired = tx({ description: 'VIREMENT LOYER', category: 'uncategorized' });
    expect(ruleChanges(rule, unpaired)).toMatchObject({ category: 'housing', categorySource: 'rule' });
    expect(previewRule(rule, [leg, unpaired])).toMatchObject({ count: 2, changes: 1 });
  });
});
