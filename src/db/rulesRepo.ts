import { type CategoryRule, validateRule } from '../core/merchant/rules';
import { isVisibleChange, ruleChanges, ruleWins } from '../core/workspace/rulePreview';
import type { KeptDatabase } from './database';
import { storeWrite } from './store/storeWrite';

export function newRuleId(now = Date.now()): string {
  return `rule_${now.toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Stores a user rule (the importer reads the `rules` table) and applies it to the stored transactions it wins on,
 * except categories set by hand. Throws when the rule is invalid. Returns how many transactions visibly changed
 * (merchant or category).
 */
export async function saveRule(db: KeptDatabase, rule: CategoryRule): Promise<number> {
  const problems = validateRule(rule);
  if (problems.length > 0) throw new Error(problems.join(' '));
  return storeWrite(db, [db.rules], async (writer) => {
    await db.rules.put({ ...rule });
    const rules = await db.rules.toArray();
    let changed = 0;
    await writer.rewrite('all', (rows) => {
      let touched = false;
      const next = rows.map((tx) => {
        if (!ruleWins(rule, rules, tx)) return tx;
        const patch = ruleChanges(rule, tx);
        if (!patch) return tx;
        if (isVisibleChange(tx, patch)) changed += 1;
        touched = true;
        return { ...tx, ...patch };
      });
      return touched ? next : undefined;
    });
    return changed;
  });
}

/** Deletes a rule; transactions it already changed keep their category. */
export async function deleteRule(db: KeptDatabase, id: string): Promise<void> {
  await db.rules.delete(id);
}

/** Every rule, highest priority first then newest. */
export async function listRules(db: KeptDatabase): Promise<CategoryRule[]> {
  const rules = await db.rules.toArray();
  return rules.sort((a, b) => b.priority - a.priority || b.createdAt - a.createdAt);
}
