import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CategoryRule } from '../core/merchant/rules';
import { deleteRule, listRules, saveRule } from './rulesRepo';
import { freshDatabase, storedRows } from './testing';
import { seedTransactions } from './workspaceTesting';

const rule = (overrides: Partial<CategoryRule>): CategoryRule => ({
  id: 'r1',
  field: 'description',
  match: 'contains',
  pattern: 'navigo',
  setCategory: 'transport',
  priority: 0,
  createdAt: 1,
  ...overrides,
});

describe('rules repository', () => {
  it('saves a rule and applies it to matching transactions except hand-set ones', async () => {
    const db = freshDatabase();
    const ids = await seedTransactions(db, [
      { description: 'CB RATP NAVIGO 01/11' },
      { description: 'CB RATP NAVIGO 01/12', category: 'gifts', categorySource: 'manual' },
      { description: 'CB MONOPRIX' },
    ]);
    expect(await saveRule(db, rule({ setMerchant: 'Navigo' }))).toBe(2);
    const rows = await storedRows(db).bulkGet(ids);
    expect(rows.map((tx) => [tx?.merchant, tx?.category, tx?.categorySource])).toEqual([
      ['Navigo', 'transport', 'rule'],
      ['Navigo', 'gifts', 'manual'],
      ['Shop', 'uncategorized', undefined],
    ]);
    expect(await listRules(db)).toHaveLength(1);
  });

  it('leaves transactions decided by a higher-priority rule', async () => {
    const db = freshDatabase();
    const [id] = await seedTransactions(db, [{ description: 'CB RATP NAVIGO' }]);
    await saveRule(db, rule({ id: 'high', pattern: 'ratp', setCategory: 'travel', priority: 5 }));
    expect(await saveRule(db, rule({ id: 'low' }))).toBe(0);
    expect((await storedRows(db).get(id!))?.category).toBe('travel');
    expect((await listRules(db)).map((r) => r.id)).toEqual(['high', 'low']);
    await deleteRule(db, 'high');
    expect((await listRules(db)).map((r) => r.id)).toEqual(['low']);
  });

  it('refuses an invalid rule', async () => {
    const db = freshDatabase();
    await expect(saveRule(db, rule({ match: 'regex', pattern: '(' }))).rejects.toThrow(/regular expression/);
    expect(await db.rules.count()).toBe(0);
  });
});
