import { createModel, fromJSON, toJSON, train } from '../core/merchant/bayes';
import { merchantKeyOf } from '../core/workspace/filter';
import { categoryLocked } from '../core/workspace/rulePreview';
import type { KeptDatabase } from './database';
import type { Transaction } from './records';
import { storeWrite } from './store/storeWrite';

export const MODEL_SETTING = 'categoryModel';

/** Transactions of one merchant (same payee key), for the "apply to all N" prompt. */
export async function countMerchantTransactions(db: KeptDatabase, merchantKey: string): Promise<number> {
  await db.store.ready();
  return db.store.all().filter((tx) => merchantKeyOf(tx) === merchantKey).length;
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
  await db.store.ready();
  let changed = 0;
  const teach = (tx: Transaction): Transaction => {
    const next = { ...tx };
    if (lesson.name && next.merchant !== lesson.name) {
      next.merchant = lesson.name;
      changed += 1;
    }
    // Hand-set, split and paired-transfer categories stay as they are (the same rule as user rules).
    if (lesson.category && !categoryLocked(next)) {
      if (next.category !== lesson.category) changed += 1;
      next.category = lesson.category;
      next.categorySource = 'learned';
      next.confidence = 1;
    }
    return next;
  };
  const change = (rows: Transaction[]) =>
    rows.some((tx) => merchantKeyOf(tx) === merchantKey)
      ? rows.map((tx) => (merchantKeyOf(tx) === merchantKey ? teach(tx) : tx))
      : undefined;
  const keys = db.store.keysWhere((tx) => merchantKeyOf(tx) === merchantKey);
  return storeWrite(
    db,
    [db.merchants],
    async (writer) => {
      changed = 0;
      // Every block: another tab may have stored rows of this merchant that this page has not seen yet.
      await writer.rewrite('all', change);
      const previous = await db.merchants.get(merchantKey);
      await db.merchants.put({
        ...previous,
        key: merchantKey,
        ...(lesson.name ? { name: lesson.name } : {}),
        ...(lesson.category ? { category: lesson.category } : {}),
        updatedAt: now,
      });
      return changed;
    },
    { keys, change },
  );
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
