import type { KeptDatabase } from './database';
import { undoImport } from './undoImport';

/** Marks the imports made by "Try with sample data", so they can be told apart from the person's own. */
export async function markSampleImports(db: KeptDatabase, importIds: readonly number[]): Promise<void> {
  await db.transaction('rw', db.imports, async () => {
    for (const id of importIds) await db.imports.update(id, { sample: true });
  });
}

/**
 * Removes the sample statements (newest first, like undoing them one by one), leaving the person's own imports.
 * Throws UndoRefusedError, having removed nothing more, if one of the person's imports relies on sample rows.
 */
export async function clearSampleData(db: KeptDatabase): Promise<void> {
  const samples = (await db.imports.filter((record) => record.sample === true).toArray()).sort(
    (a, b) => (b.id ?? 0) - (a.id ?? 0),
  );
  for (const record of samples) if (record.id !== undefined) await undoImport(db, record.id);
}
