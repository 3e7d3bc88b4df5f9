import type { LearnedMerchant } from '../core/merchant';
import type { KeptDatabase } from './database';

export const CATEGORY_MODEL_KEY = 'categoryModel';

/** Everything the person taught Kept (rules, per-merchant corrections, the model), for categorizing new rows. */
export async function loadCategorizationInput(db: KeptDatabase) {
  const [rules, merchants, model] = await Promise.all([
    db.rules.toArray(),
    db.merchants.toArray(),
    db.settings.get(CATEGORY_MODEL_KEY),
  ]);
  const learned: [string, LearnedMerchant][] = merchants.map((record) => [
    record.key,
    {
      ...(record.name ? { merchant: record.name } : {}),
      ...(record.category ? { category: record.category } : {}),
    },
  ]);
  return { rules, learned, ...(model ? { model: model.value } : {}) };
}
