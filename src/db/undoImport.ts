import type { Transaction } from '../core/types';
import type { KeptDatabase } from './database';
import { blockKey } from './store/blockCodec';
import { storeWrite } from './store/storeWrite';

/** Blocks that may hold an import's rows or their transfer partners, as far as the page knows. */
function blocksToVisit(db: KeptDatabase, importId: number, recorded: readonly string[]): Set<string> {
  const keys = new Set(recorded);
  for (const row of db.store.all()) {
    if (row.importId !== importId) continue;
    keys.add(blockKey(row.accountId, row.date));
    const partnerKey = row.transferPairId === undefined ? undefined : db.store.keyOf(row.transferPairId);
    if (partnerKey) keys.add(partnerKey);
  }
  return keys;
}

/** Removes everything one import added (and its account, when the import created it and nothing else uses it). */
export async function undoImport(db: KeptDatabase, importId: number): Promise<void> {
  await db.store.ready();
  const record = await db.imports.get(importId);
  if (!record) return;
  const keys = blocksToVisit(db, importId, record.blockKeys ?? []);
  const removedIds = new Set(
    db.store
      .all()
      .filter((row) => row.importId === importId)
      .map((row) => row.id),
  );
  const withoutImport = (rows: Transaction[]) => {
    if (!rows.some((row) => row.importId === importId || removedIds.has(row.transferPairId)))
      return undefined;
    return rows
      .filter((row) => row.importId !== importId)
      .map((row) =>
        removedIds.has(row.transferPairId)
          ? { ...row, transferPairId: undefined, category: 'uncategorized', categorySource: 'none' }
          : row,
      );
  };
  await storeWrite(
    db,
    [db.accounts, db.imports],
    async (writer) => {
      await writer.rewrite(keys, withoutImport);
      if (record.replacedPending?.length) await writer.append(record.replacedPending);
      await db.imports.delete(importId);
      const left = await writer.accountKeys(record.accountId, '0000-01-01', '9999-12-31');
      if (record.createdAccount && left.length === 0) await db.accounts.delete(record.accountId);
    },
    { keys, change: withoutImport },
  );
}
