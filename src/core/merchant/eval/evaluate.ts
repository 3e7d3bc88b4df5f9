/** Evaluation of the categorizer against a labelled set (used by bench/categorize.ts and the eval test). */
import { createModel } from '../bayes';
import { categorize, learnFromCorrection, type Categorization, type LearnedMerchant } from '../categorize';
import { toKey } from '../fold';
import type { MerchantKnowledge } from '../knowledge';

export interface LabelledExample {
  description: string;
  amount: number;
  merchant: string;
  category: string;
  bank?: string;
  /** The bank's own category label, when its export has one (evidence, never the merchant). */
  bankCategory?: string;
  country?: string;
  /** 'holdout': written after tuning, never tuned on. */
  split?: string;
}

/** One knowledge for every example, or the knowledge an import of that example's country would load. */
export type KnowledgeFor = MerchantKnowledge | ((example: LabelledExample) => MerchantKnowledge);

const resolve = (k: KnowledgeFor, ex: LabelledExample): MerchantKnowledge =>
  typeof k === 'function' ? k(ex) : k;

export interface EvalFigures {
  total: number;
  merchantAccuracy: number;
  categoryAccuracy: number;
  coverage: number;
  precision: number;
}

interface Tally {
  n: number;
  merchantOk: number;
  categoryOk: number;
  covered: number;
  coveredOk: number;
}

const empty = (): Tally => ({ n: 0, merchantOk: 0, categoryOk: 0, covered: 0, coveredOk: 0 });

function count(t: Tally, r: Categorization, ex: LabelledExample): void {
  t.n++;
  if (toKey(r.merchant) === toKey(ex.merchant)) t.merchantOk++;
  if (r.category === ex.category) t.categoryOk++;
  if (r.category !== 'uncategorized') {
    t.covered++;
    if (r.category === ex.category) t.coveredOk++;
  }
}

function figures(t: Tally): EvalFigures {
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    total: t.n,
    merchantAccuracy: ratio(t.merchantOk, t.n),
    categoryAccuracy: ratio(t.categoryOk, t.n),
    coverage: ratio(t.covered, t.n),
    precision: ratio(t.coveredOk, t.covered),
  };
}

export interface ColdStartResult extends EvalFigures {
  misses: { example: LabelledExample; got: Categorization }[];
}

/** Cold start: no rules, no corrections, no model. */
export function evaluateColdStart(
  examples: readonly LabelledExample[],
  knowledge: KnowledgeFor,
): ColdStartResult {
  const t = empty();
  const misses: ColdStartResult['misses'] = [];
  for (const ex of examples) {
    const r = categorize(ex, { rules: [], learned: new Map(), knowledge: resolve(knowledge, ex) });
    count(t, r, ex);
    if (r.category !== ex.category || toKey(r.merchant) !== toKey(ex.merchant))
      misses.push({ example: ex, got: r });
  }
  return { ...figures(t), misses };
}

/** Cold-start figures per bank shape (examples without a bank count as "other"). */
export function evaluateByBank(
  examples: readonly LabelledExample[],
  knowledge: KnowledgeFor,
): Map<string, EvalFigures> {
  const groups = new Map<string, LabelledExample[]>();
  for (const ex of examples) {
    const bank = ex.bank ?? 'other';
    groups.set(bank, [...(groups.get(bank) ?? []), ex]);
  }
  const out = new Map<string, EvalFigures>();
  for (const [bank, list] of groups) {
    const { misses: _misses, ...f } = evaluateColdStart(list, knowledge);
    out.set(bank, f);
  }
  return out;
}

/**
 * After corrections: the person corrects the first occurrence of each merchant (learned map + model
 * training); figures are measured on the later occurrences only.
 */
export function evaluateAfterCorrections(
  examples: readonly LabelledExample[],
  knowledge: KnowledgeFor,
): EvalFigures {
  const learned = new Map<string, LearnedMerchant>();
  const model = createModel();
  const corrected = new Set<string>();
  const t = empty();
  for (const ex of examples) {
    const label = toKey(ex.merchant);
    const k = resolve(knowledge, ex);
    const r = categorize(ex, { rules: [], learned, knowledge: k, model });
    if (corrected.has(label)) {
      count(t, r, ex);
      continue;
    }
    corrected.add(label);
    learned.set(r.merchantKey, { merchant: ex.merchant, category: ex.category });
    learnFromCorrection(model, ex, ex.category, k);
  }
  return figures(t);
}

/** The country an import of this example would signal: its own field, else its bank's prefix ("uk_monzo"). */
export function countryOfExample(ex: LabelledExample): string | undefined {
  const code = (ex.country ?? ex.bank?.split('_')[0] ?? '').toLowerCase();
  const country = code === 'uk' ? 'gb' : code;
  return /^[a-z]{2}$/.test(country) ? country : undefined;
}
