/**
 * A small per-user multinomial naive Bayes over the words and character 3-grams of the cleaned text plus the
 * amount sign. Trained incrementally from the person's corrections; the model is plain JSON (IndexedDB-safe).
 */
import { toKey } from './fold';

export interface BayesModel {
  version: 1;
  /** documents per category */
  docs: Record<string, number>;
  /** feature counts per category */
  counts: Record<string, Record<string, number>>;
  /** total feature count per category */
  totals: Record<string, number>;
  /** distinct features seen */
  vocabulary: number;
}

export function createModel(): BayesModel {
  return { version: 1, docs: {}, counts: {}, totals: {}, vocabulary: 0 };
}

/** Features: words, character 3-grams of each word (with boundaries) and the amount sign. */
export function features(text: string, amount: number): string[] {
  const out: string[] = [amount < 0 ? 's:-' : amount > 0 ? 's:+' : 's:0'];
  for (const word of toKey(text).split(' ')) {
    if (!word || /^\d+$/.test(word)) continue;
    out.push(`w:${word}`);
    const padded = `^${word}$`;
    for (let i = 0; i + 3 <= padded.length; i++) out.push(`g:${padded.slice(i, i + 3)}`);
  }
  return out;
}

/** Adds one labelled example (mutates and returns the model). */
export function train(model: BayesModel, text: string, amount: number, category: string): BayesModel {
  model.docs[category] = (model.docs[category] ?? 0) + 1;
  const counts = (model.counts[category] ??= {});
  for (const f of features(text, amount)) {
    if (!Object.values(model.counts).some((c) => f in c)) model.vocabulary++;
    counts[f] = (counts[f] ?? 0) + 1;
    model.totals[category] = (model.totals[category] ?? 0) + 1;
  }
  return model;
}

export interface Prediction {
  category: string;
  probability: number;
}

/** Most likely category with its posterior probability, or null for an untrained model. */
export function predict(model: BayesModel, text: string, amount: number): Prediction | null {
  const categories = Object.keys(model.docs);
  if (categories.length === 0) return null;
  const totalDocs = categories.reduce((n, c) => n + (model.docs[c] ?? 0), 0);
  const fs = features(text, amount);
  const v = Math.max(1, model.vocabulary);
  const scores = categories.map((c) => {
    const counts = model.counts[c] ?? {};
    const denom = Math.log((model.totals[c] ?? 0) + v);
    let s = Math.log((model.docs[c] ?? 0) / totalDocs);
    for (const f of fs) s += Math.log((counts[f] ?? 0) + 1) - denom;
    return s;
  });
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let i = 1; i < exps.length; i++) if ((exps[i] ?? 0) > (exps[best] ?? 0)) best = i;
  return { category: categories[best] ?? '', probability: (exps[best] ?? 0) / sum };
}

/** Plain JSON copy (for IndexedDB); `fromJSON` validates the shape. */
export function toJSON(model: BayesModel): BayesModel {
  return JSON.parse(JSON.stringify(model)) as BayesModel;
}

export function fromJSON(value: unknown): BayesModel {
  const v = value as Partial<BayesModel> | null;
  if (!v || v.version !== 1 || typeof v.docs !== 'object' || typeof v.counts !== 'object')
    return createModel();
  return {
    version: 1,
    docs: v.docs ?? {},
    counts: v.counts ?? {},
    totals: v.totals ?? {},
    vocabulary: v.vocabulary ?? 0,
  };
}
