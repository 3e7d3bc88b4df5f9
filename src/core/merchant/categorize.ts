/**
 * Categorization of one transaction. Priority order (first that answers wins):
 *  1. user rule (findMatchingRule; a rule that only renames the merchant lets the pipeline continue)
 *  2. learned correction for this payee key (the person's own choice for this merchant)
 *  3. transaction type: income, cash, fee, card summary, interest (these never depend on the merchant)
 *  4. money in by transfer: a curated payer (health insurer, family allowance), else income from a company,
 *     else the bank's category, else a transfer — never a shop that shares the payer's name
 *  5. curated knowledge (data/curated.ts), then 6. the name-suggestion-index country packs (longest match wins,
 *     curated first at equal length); the kind decides for fuel brands (card: fuel, direct debit: energy)
 *  7. the bank's own category label (bankCategories.ts)
 *  8. keywords (merchant name, then the purpose/memo, then the whole descriptor)
 *  9. transfer type: a transfer nothing above recognised is a transfer
 * 10. the per-user naive Bayes model, only at or above `autoApplyThreshold` (default 0.8)
 * 11. 'uncategorized'
 * Steps 3–9 depend on the descriptor alone and are memoized per descriptor shape (analysisMemo.ts).
 * Refunds and direct debits go through the same merchant knowledge as card payments.
 */
import { predict, train, type BayesModel } from './bayes';
import { AnalysisMemo } from './analysisMemo';
import { analyzeDescriptor } from './clean';
import { toKey } from './fold';
import { matchKeyword } from './keywords';
import { categoryFromBankLabel } from './bankCategories';
import { curatedKnowledge, type BrandEntry, type MerchantKnowledge } from './knowledge';
import { findMatchingRule, type CategoryRule } from './rules';
import { detectTypeFromKey, detectTypeInOtherScripts, type TransactionType } from './transactionType';
import { GENERIC_MERCHANTS } from './genericNames';

export type CategorySource =
  'rule' | 'learned' | 'type' | 'dictionary' | 'curated' | 'bank' | 'keyword' | 'model' | 'none';

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
  /** The bank's own category label for the row, when its export has one: evidence, never the merchant. */
  bankCategory?: string;
}

export interface Categorization {
  merchant: string;
  merchantKey: string;
  category: string;
  type: TransactionType;
  confidence: number;
  source: CategorySource;
}

const TYPE_NAMES: Partial<Record<TransactionType, string>> = GENERIC_MERCHANTS;

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

/** What categorize() derives from the descriptor alone: the same for every row of that descriptor shape. */
interface Base {
  merchant: string;
  merchantKey: string;
  type: TransactionType;
  category: string;
  source: CategorySource;
  confidence: number;
  memoKey: string;
  /** The label of every row this analysis decides alone (no rule, correction or model): made once, shared. */
  label: Categorization | undefined;
}

/** One memo per knowledge (the worker keeps a knowledge per set of brand packs, so across imports). */
const memos = new WeakMap<MerchantKnowledge, AnalysisMemo<CategorizeInput, Base>>();

function analyze(tx: CategorizeInput, knowledge: MerchantKnowledge): Base {
  let memo = memos.get(knowledge);
  if (!memo) {
    memo = new AnalysisMemo((input) => analyzeUncached(input, knowledge));
    memos.set(knowledge, memo);
  }
  return memo.get(tx);
}

function analyzeUncached(tx: CategorizeInput, knowledge: MerchantKnowledge): Base {
  const description = withoutBankCategory(tx.description, tx.bankCategory);
  const fullKey = toKey(description);
  let type = detectTypeFromKey(fullKey, tx.amount);
  // A description in another script has no Latin words for detectTypeFromKey: its own words tell the kind.
  if (type === 'other' || !/[a-z]/.test(fullKey))
    type = detectTypeInOtherScripts(description, tx.amount) ?? type;
  const lenient = type === 'card' || type === 'refund' || type === 'fee';
  const a = analyzeDescriptor(description, knowledge, { lenient, fullKey, incoming: tx.amount > 0 });
  let merchant = a.name;
  let merchantKey = a.key;
  // "GRAND FRAIS", "… KOSTEN …": a fee word inside a shop's name or after it is not a bank fee.
  if (type === 'fee' && a.brand && (hasCardMarker(fullKey) || FEE_WORD.test(a.key))) type = 'card';
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
  const base = (category: string, source: CategorySource, confidence: number): Base => ({
    merchant,
    merchantKey,
    type,
    category,
    source,
    confidence,
    memoKey: a.memoKey,
    label: undefined,
  });

  const byType = typeCategory(type, tx.amount);
  if (byType) return base(byType, 'type', 0.95);

  const bank = categoryFromBankLabel(tx.bankCategory);
  // Money in by transfer is never a shop purchase: a company paying in is an income, a person paying in a
  // transfer (or their share of a shared expense, when the purpose says so), whatever shop shares the name
  // ("VIR SEPA ACME SAS"). Money in without any marker from a known shop is a refund (see above).
  if (tx.amount > 0 && (type === 'transfer' || (type === 'other' && !a.brand))) {
    if (a.brand?.entry.source === 'curated' && PAYER_CATEGORIES.has(a.brand.entry.category))
      return base(a.brand.entry.category, 'curated', 0.9);
    // "VIR MALAKOFF MEDERIC PREVOYANCE": an insurer, health fund or tax office paying back keeps its category.
    const payer = matchKeyword(a.key);
    if (payer && PAYER_CATEGORIES.has(payer.category)) return base(payer.category, 'keyword', 0.75);
    if (isCompany(fullKey)) return base('income', 'type', 0.8);
    if (bank && bank !== 'transfers') return base(bank, 'bank', 0.8);
    const share = type === 'transfer' ? matchKeyword(a.memoKey) : (payer ?? matchKeyword(a.fullKey));
    if (share) return base(share.category, 'keyword', 0.7);
    return base('transfers', 'type', 0.7);
  }

  if (a.brand) {
    const { entry } = a.brand;
    return base(
      categoryForKind(entry, type),
      entry.source,
      entry.source === 'curated' ? 0.95 : entry.strict ? 0.85 : 0.9,
    );
  }
  if (bank) return base(bank, 'bank', 0.85);

  const keyword = matchKeyword(a.key) ?? matchKeyword(a.memoKey) ?? matchKeyword(a.fullKey);
  if (keyword) return base(keyword.category, 'keyword', 0.75);

  if (type === 'transfer') return base('transfers', 'type', 0.7);
  return base('uncategorized', 'none', 0);
}

/** Curated payers whose transfers in keep their category: health insurers, family allowances, tax refunds. */
const PAYER_CATEGORIES = new Set(['health', 'insurance', 'income', 'taxes', 'housing', 'education', 'gifts']);
const FEE_WORD = /(?:^| )(?:frais|fee|fees|kosten|entgelt|gebuehr)(?: |$)/;
const CARD_MARKER =
  /(?:^| )(?:cb|carte|card|kartenzahlung|girocard|visa|mastercard|maestro|pos|betaalautomaat|compra|tarjeta|pagamento)(?: |$)/;
const hasCardMarker = (key: string): boolean => CARD_MARKER.test(key);
const COMPANY =
  /(?:^| )(?:sas|sasu|sa|sarl|eurl|gmbh|ag|kg|ltd|limited|plc|llc|inc|corp|bv|nv|srl|spa|sl|slu|ab|as|asa|oy|oyj|aps|lda|pty|sp z o o|s a)(?: |$)/;
const isCompany = (key: string): boolean => COMPANY.test(key);

/** Fuel brands sell energy too: their card payments are fuel, their direct debits the energy bill. */
function categoryForKind(entry: BrandEntry, type: TransactionType): string {
  if (type === 'card' && entry.category === 'utilities' && FUEL_AND_ENERGY.has(toKey(entry.name)))
    return 'transport';
  if (type === 'directDebit' && entry.category === 'transport' && FUEL_AND_ENERGY.has(toKey(entry.name)))
    return 'utilities';
  return entry.category;
}
const FUEL_AND_ENERGY = new Set(
  'totalenergies|total|shell|eni|repsol|galp|cepsa|moeve|esso|bp|omv|q8|circle k|st1|neste|orlen'.split('|'),
);

/** Drops the parts of a descriptor that only repeat the bank's category label (files read before it had a column). */
function withoutBankCategory(description: string, bankCategory: string | undefined): string {
  if (!bankCategory) return description;
  const labels = new Set(bankCategory.split(/\s*·\s*/).map((p) => p.trim().toLowerCase()));
  const parts = description.split(' · ');
  const kept = parts.filter((p) => !labels.has(p.trim().toLowerCase()));
  return kept.length > 0 && kept.length < parts.length ? kept.join(' · ') : description;
}

/** The label of one transaction: rows that the same analysis decides alone share one label, to read, not change. */
export function categorize(tx: CategorizeInput, ctx: CategorizeContext): Readonly<Categorization> {
  const b = analyze(tx, ctx.knowledge ?? curatedKnowledge());
  let { merchant, merchantKey } = b;

  const rule = ctx.rules.length ? findMatchingRule(ctx.rules, { ...tx, merchant }) : undefined;
  if (rule?.setMerchant) {
    merchant = rule.setMerchant;
    merchantKey = toKey(merchant);
  }
  if (rule?.setCategory) return labelled(b, merchant, merchantKey, rule.setCategory, 'rule', 1);

  const learned = merchantKey ? ctx.learned.get(merchantKey) : undefined;
  if (learned?.merchant) merchant = learned.merchant;
  if (learned?.category) return labelled(b, merchant, merchantKey, learned.category, 'learned', 1);

  if (b.source === 'none' && ctx.model) {
    const p = predict(ctx.model, modelText(merchant, b.memoKey), tx.amount);
    if (p && p.probability >= (ctx.autoApplyThreshold ?? 0.8))
      return labelled(b, merchant, merchantKey, p.category, 'model', p.probability);
  }
  if (merchant === b.merchant && merchantKey === b.merchantKey)
    return (b.label ??= labelled(b, merchant, merchantKey, b.category, b.source, b.confidence));
  return labelled(b, merchant, merchantKey, b.category, b.source, b.confidence);
}

/** A row's label, with the transaction type the analysis found. */
function labelled(
  b: Base,
  merchant: string,
  merchantKey: string,
  category: string,
  source: CategorySource,
  confidence: number,
): Categorization {
  return { merchant, merchantKey, category, type: b.type, confidence, source };
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
  // The same analysis categorize() predicts from (payer or payee by direction, bank category parts dropped).
  const b = analyze(tx, knowledge ?? curatedKnowledge());
  return train(model, modelText(b.merchant, b.memoKey), tx.amount, category);
}
