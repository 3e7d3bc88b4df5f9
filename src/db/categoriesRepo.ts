import { UNCATEGORIZED } from '../core/categories';
import { fold } from '../core/workspace/filter';
import type { Category } from '../core/types';
import type { KeptDatabase } from './database';

/** How many transactions (or split parts) use each category id. */
export async function countByCategory(db: KeptDatabase): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.transactions.each((tx) => {
    const ids = tx.splits?.length ? new Set(tx.splits.map((split) => split.category)) : [tx.category];
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return counts;
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

/** Moves every use of `from` (transactions, splits, learned merchants, rules) to `into`. */
async function reassign(db: KeptDatabase, from: string, into: string): Promise<void> {
  await db.transactions
    .filter((tx) => tx.category === from || (tx.splits?.some((split) => split.category === from) ?? false))
    .modify((tx) => {
      if (tx.category === from) tx.category = into;
      if (tx.splits) tx.splits = tx.splits.map((s) => (s.category === from ? { ...s, category: into } : s));
    });
  await db.merchants.filter((m) => m.category === from).modify({ category: into });
  await db.rules.filter((rule) => rule.setCategory === from).modify({ setCategory: into });
}

/** Merges `from` into `into`, then deletes `from` (a built-in category cannot be merged away). */
export async function mergeCategory(db: KeptDatabase, from: string, into: string): Promise<void> {
  if (from === into) return;
  await db.transaction('rw', [db.categories, db.transactions, db.merchants, db.rules], async () => {
    const source = await db.categories.get(from);
    if (!source || source.builtIn) throw new Error('Only custom categories can be merged away.');
    if (!(await db.categories.get(into))) throw new Error('Unknown target category.');
    await reassign(db, from, into);
    await db.categories.delete(from);
  });
}

/** Deletes a custom category; what used it becomes 'uncategorized'. */
export async function deleteCategory(db: KeptDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.categories, db.transactions, db.merchants, db.rules], async () => {
    const category = await db.categories.get(id);
    if (!category || category.builtIn) throw new Error('Built-in categories cannot be deleted.');
    await reassign(db, id, UNCATEGORIZED);
    await db.categories.delete(id);
  });
}
