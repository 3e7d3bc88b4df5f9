import { DEFAULT_CATEGORIES } from '../core/categories';
import type { KeptDatabase } from './database';

/**
 * Deletes every record in one transaction (settings included, so the learned category model goes too), then
 * puts the default categories back.
 */
export async function deleteEverything(db: KeptDatabase): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    await db.categories.bulkAdd(DEFAULT_CATEGORIES.map((category) => ({ ...category })));
  });
  await db.store.reload('all');
  db.store.announceAll();
}
