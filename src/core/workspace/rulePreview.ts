import { type CategoryRule, findMatchingRule, matchRule } from '../merchant/rules';
import type { Transaction } from '../types';

/** What previewing and applying a rule reads from a transaction. */
export type RuleTarget = Pick<
  Transaction,
  | 'description'
  | 'merchant'
  | 'amount'
  | 'accountId'
  | 'category'
  | 'categorySource'
  | 'splits'
  | 'transferPairId'
>;

export interface RulePreview<T> {
  count: number;
  /** The first matches, in the order given. */
  first: T[];
  /** How many matches the rule would change (not set by hand, not already winning elsewhere). */
  changes: number;
}

/** What a rule would do to the stored transactions, before it is saved. */
export function previewRule<T extends RuleTarget>(
  rule: CategoryRule,
  transactions: readonly T[],
  limit = 5,
): RulePreview<T> {
  const first: T[] = [];
  let count = 0;
  let changes = 0;
  for (const tx of transactions) {
    if (!matchRule(rule, tx)) continue;
    count += 1;
    if (first.length < limit) first.push(tx);
    if (isVisibleChange(tx, ruleChanges(rule, tx))) changes += 1;
  }
  return { count, first, changes };
}

/**
 * True when no rule may change the category: set by hand, split, or one leg of a transfer between the person's
 * own accounts (recategorizing one leg would count the transfer as spending or income).
 */
export function categoryLocked(tx: RuleTarget): boolean {
  return tx.categorySource === 'manual' || (tx.splits?.length ?? 0) > 0 || tx.transferPairId !== undefined;
}

/** The fields a winning rule sets on one transaction (locked categories are left alone). */
export function ruleChanges(rule: CategoryRule, tx: RuleTarget): Partial<Transaction> | null {
  const patch: Partial<Transaction> = {};
  if (rule.setMerchant && tx.merchant !== rule.setMerchant) patch.merchant = rule.setMerchant;
  if (
    rule.setCategory &&
    !categoryLocked(tx) &&
    (tx.category !== rule.setCategory || tx.categorySource !== 'rule')
  ) {
    patch.category = rule.setCategory;
    patch.categorySource = 'rule';
    patch.confidence = 1;
  }
  return Object.keys(patch).length > 0 ? patch : null;
}

/** True when the patch changes what the person sees (the merchant or the category, not only its source). */
export function isVisibleChange(tx: RuleTarget, patch: Partial<Transaction> | null): boolean {
  return (
    !!patch &&
    (patch.merchant !== undefined || (patch.category !== undefined && patch.category !== tx.category))
  );
}

/** True when `rule` is the one that decides for `tx` among `rules` (highest priority, newest first). */
export function ruleWins(rule: CategoryRule, rules: readonly CategoryRule[], tx: RuleTarget): boolean {
  return findMatchingRule(rules, tx)?.id === rule.id;
}
