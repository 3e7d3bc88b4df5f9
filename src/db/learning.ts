import { createModel, fromJSON, toJSON, train } from '../core/merchant/bayes';
import { merchantKeyOf } from '../core/workspace/filter';
import { categoryLocked } from '../core/workspace/rulePreview';
import type { KeptDatabase } from './database';
import type { MerchantRecord, Transaction } from './records';
import { updateTransactions } from './transactionEdits';
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
  return (await learnFromCorrection(db, merchantKey, lesson, now)).changed;
}

/** The fields a lesson may change on a transaction, as they were, for Undo. */
type LessonFields = Pick<Transaction, 'merchant' | 'category' | 'categorySource' | 'confidence'>;

/** What undoes one lesson: the rows as they were, and the merchant record as it was (absent: none). */
export interface LessonUndo {
  merchantKey: string;
  rows: { id: number; fields: LessonFields }[];
  previous?: MerchantRecord;
}

/** applyToMerchant that also says how to take the lesson back ("Learned … Undo"). */
export async function learnFromCorrection(
  db: KeptDatabase,
  merchantKey: string,
  lesson: MerchantLesson,
  now = Date.now(),
): Promise<{ changed: number; undo: LessonUndo }> {
  await db.store.ready();
  let changed = 0;
  let before: LessonUndo['rows'] = [];
  let previousRecord: MerchantRecord | undefined;
  const teach = (tx: Transaction): Transaction => {
    before.push({
      id: tx.id as number,
      fields: {
        merchant: tx.merchant,
        category: tx.category,
        ...(tx.categorySource === undefined ? {} : { categorySource: tx.categorySource }),
        ...(tx.confidence === undefined ? {} : { confidence: tx.confidence }),
      },
    });
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
  await storeWrite(
    db,
    [db.merchants],
    async (writer) => {
      changed = 0;
      before = [];
      // Every block: another tab may have stored rows of this merchant that this page has not seen yet.
      await writer.rewrite('all', change);
      const previous = await db.merchants.get(merchantKey);
      previousRecord = previous;
      await db.merchants.put({
        ...previous,
        key: merchantKey,
        ...(lesson.name ? { name: lesson.name } : {}),
        ...(lesson.category ? { category: lesson.category } : {}),
        updatedAt: now,
      });
    },
    { keys, change },
  );
  return {
    changed,
    undo: { merchantKey, rows: before, ...(previousRecord ? { previous: previousRecord } : {}) },
  };
}

/** Takes a lesson back: its rows get their fields back, and the merchant record is what it was. */
export async function undoLesson(db: KeptDatabase, undo: LessonUndo): Promise<void> {
  const fieldsById = new Map(undo.rows.map((entry) => [entry.id, entry.fields]));
  await updateTransactions(db, [...fieldsById.keys()], (row) => {
    const fields = fieldsById.get(row.id as number);
    if (!fields) return undefined;
    const { categorySource: _source, confidence: _confidence, ...rest } = row;
    return { ...rest, ...fields };
  });
  if (undo.previous) await db.merchants.put(undo.previous);
  else await db.merchants.delete(undo.merchantKey);
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
