import { createModel, fromJSON, toJSON, train } from '../core/merchant/bayes';
import { merchantKeyOf } from '../core/workspace/filter';
import type { KeptDatabase } from './database';
import type { Transaction } from './records';

export const MODEL_SETTING = 'categoryModel';

/** Transactions of one merchant (same payee key), for the "apply to all N" prompt. */
export async function countMerchantTransactions(db: KeptDatabase, merchantKey: string): Promise<number> {
  return db.transactions.filter((tx) => merchantKeyOf(tx) === merchantKey).count();
}

export interface MerchantLesson {
  category?: string;
  name?: string;
}

/**
 * Applies what the person said about one transaction to every transaction of that merchant and to future imports:
 * the category goes to all but hand-set ('manual') ones as 'learned'; a name goes to all. The `merchants` record
 * (read by the importer) is written too. Returns how many transactions changed.
 */
export async function applyToMerchant(
  db: KeptDatabase,
  merchantKey: string,
  lesson: MerchantLesson,
  now = Date.now(),
): Promise<number> {
  return db.transaction('rw', db.transactions, db.merchants, async () => {
    let changed = 0;
    await db.transactions
      .filter((tx) => merchantKeyOf(tx) === merchantKey)
      .modify((tx: Transaction) => {
        if (lesson.name && tx.merchant !== lesson.name) {
          tx.merchant = lesson.name;
          changed += 1;
        }
        if (lesson.category && tx.categorySource !== 'manual' && !tx.splits?.length) {
          if (tx.category !== lesson.category) changed += 1;
          tx.category = lesson.category;
          tx.categorySource = 'learned';
          tx.confidence = 1;
        }
      });
    const previous = await db.merchants.get(merchantKey);
    await db.merchants.put({
      ...previous,
      key: merchantKey,
      ...(lesson.name ? { name: lesson.name } : {}),
      ...(lesson.category ? { category: lesson.category } : {}),
      updatedAt: now,
    });
    return changed;
  });
}

/** Adds corrections to the per-user naive Bayes model kept in `settings` under 'categoryModel'. */
export async function trainCategoryModel(
  db: KeptDatabase,
  examples: readonly { text: string; amount: number; category: string }[],
): Promise<void> {
  if (examples.length === 0) return;
  await db.transaction('rw', db.settings, async () => {
    const stored = await db.settings.get(MODEL_SETTING);
    const model = stored ? fromJSON(stored.value) : createModel();
    for (const example of examples) train(model, example.text, example.amount, example.category);
    await db.settings.put({ key: MODEL_SETTING, value: toJSON(model) });
  });
}
