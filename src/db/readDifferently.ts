import type { KeptDatabase } from './database';
import { importTables, type ImportOutcome, type PreparedImport, storeImport } from './importBatch';
import { BlockWriter } from './store/blockWriter';
import { storeWrite } from './store/storeWrite';
import { importRemoval, importsRelyingOn, removeImport, UndoRefusedError } from './undoImport';

/**
 * "Read differently…": replaces what an import stored with a corrected reading of the same file, in one IndexedDB
 * transaction (all or nothing), into the same account. The replaced reading is kept on the new import, so undoing
 * the correction brings it back. Refused, like Undo, while a later import relies on the replaced rows.
 */
export async function replaceImport(
  db: KeptDatabase,
  importId: number,
  input: PreparedImport,
  onProgress?: (written: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ImportOutcome> {
  await db.store.ready();
  const old = await db.imports.get(importId);
  if (!old) throw new Error('That import is no longer stored.');
  const blockers = importsRelyingOn(importId, await db.imports.toArray());
  if (blockers.length > 0) throw new UndoRefusedError(blockers);
  const removal = importRemoval(db, old);
  return storeWrite(db, importTables(db), async (writer: BlockWriter, bound) => {
    const blocks = await writer.read(removal.keys);
    const oldRows = [...blocks.values()].flat().filter((row) => row.importId === importId);
    await removeImport(bound, writer, old, removal, true);
    const outcome = await storeImport(
      bound,
      writer,
      { ...input, accountId: old.accountId },
      {
        onProgress,
        signal,
        record: { replaces: { record: old, rows: oldRows }, createdAccount: old.createdAccount },
      },
    );
    return { ...outcome, createdAccount: old.createdAccount };
  });
}
