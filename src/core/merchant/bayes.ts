/**
 * A small per-user multinomial naive Bayes over the words and character 3-grams of the cleaned text plus the
 * amount sign. Trained incrementally from the person's corrections; the model is plain JSON (IndexedDB-safe).
 * Its maps are keyed by category ids the person (or a backup file) chose, so they have no prototype: an id such
 * as `__proto__` or `constructor` is an ordinary key and can never reach Object.prototype.
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

function map<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export function createModel(): BayesModel {
  return { version: 1, docs: map(), counts: map(), totals: map(), vocabulary: 0 };
}

function has(record: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
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
  const { docs, counts, totals } = model;
  docs[category] = (has(docs, category) ? (docs[category] ?? 0) : 0) + 1;
  if (!has(counts, category)) counts[category] = map();
  const own = counts[category] as Record<string, number>;
  for (const f of features(text, amount)) {
    if (!Object.values(counts).some((c) => has(c, f))) model.vocabulary++;
    own[f] = (has(own, f) ? (own[f] ?? 0) : 0) + 1;
    totals[category] = (has(totals, category) ? (totals[category] ?? 0) : 0) + 1;
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
    const counts = has(model.counts, c) ? (model.counts[c] ?? map<number>()) : map<number>();
    const denom = Math.log((model.totals[c] ?? 0) + v);
    let s = Math.log((model.docs[c] ?? 0) / totalDocs);
    for (const f of fs) s += Math.log((has(counts, f) ? (counts[f] ?? 0) : 0) + 1) - denom;
    return s;
  });
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let i = 1; i < exps.length; i++) if ((exps[i] ?? 0) > (exps[best] ?? 0)) best = i;
  return { category: categories[best] ?? '', probability: (exps[best] ?? 0) / sum };
}

function distinctFeatures(counts: Record<string, Record<string, number>>): number {
  const seen = new Set<string>();
  for (const category of Object.keys(counts))
    for (const feature of Object.keys(counts[category] ?? {})) seen.add(feature);
  return seen.size;
}

/**
 * Forgets what was learned for a deleted category, or moves it to `into` when the category was merged there, so
 * the model never suggests a category that no longer exists. Mutates and returns the model.
 */
export function forgetCategory(model: BayesModel, id: string, into?: string): BayesModel {
  if (!has(model.docs, id) && !has(model.counts, id)) return model;
  const docs = model.docs[id] ?? 0;
  const counts = model.counts[id] ?? map<number>();
  const total = model.totals[id] ?? 0;
  delete model.docs[id];
  delete model.counts[id];
  delete model.totals[id];
  if (into !== undefined && into !== id) {
    model.docs[into] = (has(model.docs, into) ? (model.docs[into] ?? 0) : 0) + docs;
    if (!has(model.counts, into)) model.counts[into] = map();
    const target = model.counts[into] as Record<string, number>;
    for (const feature of Object.keys(counts))
      target[feature] = (has(target, feature) ? (target[feature] ?? 0) : 0) + (counts[feature] ?? 0);
    model.totals[into] = (has(model.totals, into) ? (model.totals[into] ?? 0) : 0) + total;
  }
  model.vocabulary = distinctFeatures(model.counts);
  return model;
}

/** Plain JSON copy (for IndexedDB); `fromJSON` validates the shape. */
export function toJSON(model: BayesModel): BayesModel {
  return JSON.parse(JSON.stringify(model)) as BayesModel;
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A null-prototype copy of the numeric entries of a stored map; anything else is dropped. */
function countsOf(value: unknown): Record<string, number> {
  const out = map<number>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [key, count] of Object.entries(value)) if (isCount(count)) out[key] = count;
  return out;
}

/** Reads a stored (or restored) model: only well-formed numeric entries survive, into null-prototype maps. */
export function fromJSON(value: unknown): BayesModel {
  const v = value as Partial<BayesModel> | null;
  if (!v || v.version !== 1 || typeof v.docs !== 'object' || typeof v.counts !== 'object')
    return createModel();
  const model = createModel();
  const docs = countsOf(v.docs);
  const stored = (v.counts ?? {}) as Record<string, unknown>;
  const totals = countsOf(v.totals);
  for (const category of Object.keys(docs)) {
    model.docs[category] = docs[category] as number;
    model.counts[category] = countsOf(has(stored, category) ? stored[category] : undefined);
    model.totals[category] = has(totals, category) ? (totals[category] as number) : 0;
  }
  model.vocabulary = distinctFeatures(model.counts);
  return model;
}
