import { toKey } from '../merchant/fold';
import { matchKeyword } from '../merchant/keywords';
import { type CategoryRule, findMatchingRule } from '../merchant/rules';
import type { IsoDate, Transaction } from '../types';

/** Why a transaction has its category, in terms a person can check. */
export type CategoryExplanation =
  | { reason: 'split'; parts: number }
  | { reason: 'manual' }
  | { reason: 'rule'; rule?: Pick<CategoryRule, 'id' | 'field' | 'match' | 'pattern'> }
  | { reason: 'learned'; date?: IsoDate }
  | { reason: 'transfer' }
  | { reason: 'type'; type: string }
  | { reason: 'brand'; brand: string; source: 'curated' | 'dictionary' }
  | { reason: 'keyword'; keyword?: string }
  | { reason: 'bank'; label?: string }
  | { reason: 'guess'; confidence: number }
  | { reason: 'none' };

export interface ExplainContext {
  rules: readonly CategoryRule[];
  /** When the person taught Kept each payee key's category (ms since epoch). */
  learnedAt: ReadonlyMap<string, number>;
}

export interface ExplainableTransaction extends Transaction {
  /** The rule that set the category, when the importer recorded it. */
  ruleId?: string;
  /** The bank's own category label, when the file had one. */
  bankCategory?: string;
}

const describeRule = (rule: CategoryRule) => ({
  id: rule.id,
  field: rule.field,
  match: rule.match,
  pattern: rule.pattern,
});

/** Reads the explanation from what the categorizer recorded (`categorySource`, `confidence`, the rule id). */
export function explainCategory(tx: ExplainableTransaction, context: ExplainContext): CategoryExplanation {
  if (tx.splits?.length) return { reason: 'split', parts: tx.splits.length };
  switch (tx.categorySource) {
    case 'manual':
      return { reason: 'manual' };
    case 'rule': {
      const rule =
        context.rules.find((candidate) => candidate.id === tx.ruleId) ?? findMatchingRule(context.rules, tx);
      return rule ? { reason: 'rule', rule: describeRule(rule) } : { reason: 'rule' };
    }
    case 'learned': {
      const at = tx.merchantKey ? context.learnedAt.get(tx.merchantKey) : undefined;
      return at === undefined
        ? { reason: 'learned' }
        : { reason: 'learned', date: new Date(at).toISOString().slice(0, 10) };
    }
    case 'transfer':
      return { reason: 'transfer' };
    case 'type':
      return tx.category === 'transfers'
        ? { reason: 'transfer' }
        : { reason: 'type', type: tx.kind ?? 'other' };
    case 'curated':
    case 'dictionary':
      return { reason: 'brand', brand: tx.merchant, source: tx.categorySource };
    case 'keyword': {
      const hit = matchKeyword(toKey(tx.merchant)) ?? matchKeyword(toKey(tx.description));
      return hit
        ? { reason: 'keyword', keyword: hit.keyword.replace(/[*_]/g, ' ').trim() }
        : { reason: 'keyword' };
    }
    case 'bank':
      return tx.bankCategory ? { reason: 'bank', label: tx.bankCategory } : { reason: 'bank' };
    case 'model':
      return { reason: 'guess', confidence: tx.confidence ?? 0 };
    default:
      return tx.category === 'uncategorized'
        ? { reason: 'none' }
        : { reason: 'guess', confidence: tx.confidence ?? 0 };
  }
}
