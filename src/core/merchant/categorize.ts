/**
 * Categorization of one transaction. Priority order (first that answers wins):
 *  1. user rule (findMatchingRule; a rule that only renames the merchant lets the pipeline continue)
 *  2. learned correction for this payee key (the person's own choice for this merchant)
 *  3. transaction type: income, cash, fee, card summary, interest (these never depend on the merchant)
 *  4. curated knowledge (data/curated.ts), then 5. the name-suggestion-index dictionary (longest match wins,
 *     curated first at equal length)
 *  6. keywords (merchant name, then the purpose/memo, then the whole descriptor)
 *  7. transfer type: a transfer nothing above recognised is a transfer
 *  8. the per-user naive Bayes model, only at or above `autoApplyThreshold` (default 0.8)
 *  9. 'uncategorized'
 * Refunds and direct debits go through the same merchant knowledge as card payments.
 */
import { predict, train, type BayesModel } from './bayes';
import { analyzeDescriptor } from './clean';
import { toKey } from './fold';
import { matchKeyword } from './keywords';
import { curatedKnowledge, type MerchantKnowledge } from './knowledge';
import { findMatchingRule, type CategoryRule } from './rules';
import { detectTypeFromKey, type TransactionType } from './transactionType';

export type CategorySource =
  'rule' | 'learned' | 'type' | 'dictionary' | 'curated' | 'keyword' | 'model' | 'none';

export interface LearnedMerchant {
  merchant?: string;
  category?: string;
}

export interface CategorizeContext {
  rules: readonly CategoryRule[];
  /** Corrections keyed by payee key. */
  learned: ReadonlyMap<string, LearnedMerchant>;
  /** From buildKnowledge(brandsJson); curated-only knowledge is used when absent. */
  knowledge?: MerchantKnowledge;
  model?: BayesModel;
  autoApplyThreshold?: number;
}

export interface CategorizeInput {
  description: string;
  /** Minor units; money out is negative. */
  amount: number;
  accountId?: number;
}

export interface Categorization {
  merchant: string;
  merchantKey: string;
  category: string;
  type: TransactionType;
  confidence: number;
  source: CategorySource;
}

const TYPE_NAMES: Partial<Record<TransactionType, string>> = {
  cash: 'Cash Withdrawal',
  fee: 'Bank Fees',
  interest: 'Interest',
  cardSummary: 'Card Statement',
};

function typeCategory(type: TransactionType, amount: number): string | null {
  switch (type) {
    case 'income':
      return 'income';
    case 'cash':
      return 'cash';
    case 'fee':
      return 'fees';
    case 'cardSummary':
      return 'transfers';
    case 'interest':
      return amount >= 0 ? 'income' : 'fees';
    default:
      return null;
  }
}

export function categorize(tx: CategorizeInput, ctx: CategorizeContext): Categorization {
  const fullKey = toKey(tx.description);
  let type = detectTypeFromKey(fullKey, tx.amount);
  const lenient = type === 'card' || type === 'refund';
  const a = analyzeDescriptor(tx.description, ctx.knowledge ?? curatedKnowledge(), { lenient, fullKey });
  let merchant = a.name;
  let merchantKey = a.key;
  if (
    type === 'cash' ||
    type === 'cardSummary' ||
    type === 'interest' ||
    (!merchantKey && TYPE_NAMES[type])
  ) {
    merchant = TYPE_NAMES[type] ?? merchant;
    merchantKey = toKey(merchant);
  }
  if (type === 'other' && tx.amount > 0 && a.brand) type = 'refund';
  const result = (category: string, source: CategorySource, confidence: number): Categorization => ({
    merchant,
    merchantKey,
    category,
    type,
    confidence,
    source,
  });

  const rule = ctx.rules.length ? findMatchingRule(ctx.rules, { ...tx, merchant }) : undefined;
  if (rule?.setMerchant) {
    merchant = rule.setMerchant;
    merchantKey = toKey(merchant);
  }
  if (rule?.setCategory) return result(rule.setCategory, 'rule', 1);

  const learned = merchantKey ? ctx.learned.get(merchantKey) : undefined;
  if (learned?.merchant) merchant = learned.merchant;
  if (learned?.category) return result(learned.category, 'learned', 1);

  const byType = typeCategory(type, tx.amount);
  if (byType) return result(byType, 'type', 0.95);

  if (a.brand) {
    const { entry } = a.brand;
    return result(
      entry.category,
      entry.source,
      entry.source === 'curated' ? 0.95 : entry.strict ? 0.85 : 0.9,
    );
  }

  const keyword = matchKeyword(a.key) ?? matchKeyword(a.memoKey) ?? matchKeyword(a.fullKey);
  if (keyword) return result(keyword.category, 'keyword', 0.75);

  if (type === 'transfer') return result('transfers', 'type', 0.7);

  if (ctx.model) {
    const p = predict(ctx.model, modelText(merchant, a.memoKey), tx.amount);
    if (p && p.probability >= (ctx.autoApplyThreshold ?? 0.8))
      return result(p.category, 'model', p.probability);
  }
  return result('uncategorized', 'none', 0);
}

const modelText = (merchant: string, memoKey: string): string => `${merchant} ${memoKey}`;

/**
 * Trains the per-user model from a correction ("this transaction is `category`"), with the same features
 * that categorize() predicts from. Mutates and returns the model; store it with toJSON().
 */
export function learnFromCorrection(
  model: BayesModel,
  tx: CategorizeInput,
  category: string,
  knowledge?: MerchantKnowledge,
): BayesModel {
  const a = analyzeDescriptor(tx.description, knowledge ?? curatedKnowledge());
  return train(model, modelText(a.name, a.memoKey), tx.amount, category);
}
