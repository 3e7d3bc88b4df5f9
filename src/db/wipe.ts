import { DEFAULT_CATEGORIES } from '../core/categories';
import { forgetStamp } from './changeStamp';
import type { KeptDatabase } from './database';

/**
 * Deletes every record in one transaction (settings included, so the analytics cache and the learned category
 * model go too), then puts the default categories back and forgets the change stamp.
 */
export async function deleteEverything(db: KeptDatabase): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    await db.categories.bulkAdd(DEFAULT_CATEGORIES.map((category) => ({ ...category })));
  });
  forgetStamp();
}
