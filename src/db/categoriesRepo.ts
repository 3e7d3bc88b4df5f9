import { UNCATEGORIZED } from '../core/categories';
import { forgetCategory, fromJSON, toJSON } from '../core/merchant/bayes';
import { fold } from '../core/workspace/filter';
import type { Category, Transaction } from '../core/types';
import type { KeptDatabase } from './database';
import { MODEL_SETTING } from './learning';
import type { BlockWriter } from './store/blockWriter';
import { storeWrite } from './store/storeWrite';

/** How many transactions (or split parts) use each category id (the store must be loaded). */
export function categoryUses(db: KeptDatabase): Map<string, number> {
  return db.store.derive('categoryUses', (rows) => {
    const counts = new Map<string, number>();
    for (const tx of rows) {
      const ids = tx.splits?.length ? new Set(tx.splits.map((split) => split.category)) : [tx.category];
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  });
}

/** categoryUses once the store has loaded. */
export async function countByCategory(db: KeptDatabase): Promise<Map<string, number>> {
  await db.store.ready();
  return categoryUses(db);
}

/** Adds a custom category; its id is derived from the name and made unique. Returns the id. */
export async function addCategory(db: KeptDatabase, name: string, color: string): Promise<string> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A category needs a name.');
  return db.transaction('rw', db.categories, async () => {
    const slug = fold(trimmed)
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '');
    const base = `custom_${slug || 'category'}`;
    let id = base;
    for (let n = 2; await db.categories.get(id); n += 1) id = `${base}_${n}`;
    await db.categories.add({ id, name: trimmed, color, builtIn: false });
    return id;
  });
}

/** Renames and/or recolors a category (built-in ones too; their ids stay). */
export async function updateCategory(
  db: KeptDatabase,
  id: string,
  changes: Partial<Pick<Category, 'name' | 'color'>>,
): Promise<void> {
  const patch: Partial<Category> = {};
  if (changes.name !== undefined && changes.name.trim()) patch.name = changes.name.trim();
  if (changes.color !== undefined) patch.color = changes.color;
  await db.categories.update(id, patch);
}

const uses = (from: string) => (tx: Transaction) =>
  tx.category === from || (tx.splits?.some((split) => split.category === from) ?? false);

/** Moves every use of `from` (transactions, splits, learned merchants, rules) to `into`. */
async function reassign(db: KeptDatabase, writer: BlockWriter, from: string, into: string): Promise<void> {
  await writer.rewrite('all', (rows) =>
    rows.some(uses(from))
      ? rows.map((tx) => {
          if (!uses(from)(tx)) return tx;
          const next = { ...tx };
          if (next.category === from) next.category = into;
          if (next.splits)
            next.splits = next.splits.map((s) => (s.category === from ? { ...s, category: into } : s));
          return next;
        })
      : undefined,
  );
  await db.merchants.filter((m) => m.category === from).modify({ category: into });
  await db.rules.filter((rule) => rule.setCategory === from).modify({ setCategory: into });
  // The learned model forgets the category too (its counts move to the category that replaces it).
  const model = await db.settings.get(MODEL_SETTING);
  if (model)
    await db.settings.put({
      key: MODEL_SETTING,
      value: toJSON(forgetCategory(fromJSON(model.value), from, into)),
    });
}

/** Merges `from` into `into`, then deletes `from` (a built-in category cannot be merged away). */
export async function mergeCategory(db: KeptDatabase, from: string, into: string): Promise<void> {
  if (from === into) return;
  await storeWrite(db, [db.categories, db.merchants, db.rules, db.settings], async (writer) => {
    const source = await db.categories.get(from);
    if (!source || source.builtIn) throw new Error('Only custom categories can be merged away.');
    if (!(await db.categories.get(into))) throw new Error('Unknown target category.');
    await reassign(db, writer, from, into);
    await db.categories.delete(from);
  });
}

/** Deletes a custom category; what used it becomes 'uncategorized'. */
export async function deleteCategory(db: KeptDatabase, id: string): Promise<void> {
  await storeWrite(db, [db.categories, db.merchants, db.rules, db.settings], async (writer) => {
    const category = await db.categories.get(id);
    if (!category || category.builtIn) throw new Error('Built-in categories cannot be deleted.');
    await reassign(db, writer, id, UNCATEGORIZED);
    await db.categories.delete(id);
  });
}
