import { DEFAULT_CATEGORIES } from '../core/categories';
import type { KeptDatabase } from './database';
import { stopRunningWriter, withWriterLock } from './writerLock';

/**
 * Deletes every record in one transaction (settings included, so the learned category model goes too), then
 * puts the default categories back. A running import in this tab is cancelled first; one in another tab is
 * waited for (one writer at a time).
 */
export async function deleteEverything(db: KeptDatabase, onWait?: () => void): Promise<void> {
  // An import still running in this tab would otherwise commit after the wipe and bring its rows back.
  await stopRunningWriter();
  await withWriterLock(
    async () => {
      await db.transaction('rw', db.tables, async () => {
        await Promise.all(db.tables.map((table) => table.clear()));
        await db.categories.bulkAdd(DEFAULT_CATEGORIES.map((category) => ({ ...category })));
      });
      await db.store.reload('all');
      db.store.announceAll();
    },
    onWait ? { onWait } : {},
  );
}
