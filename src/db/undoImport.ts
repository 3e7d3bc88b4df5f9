import type { Transaction } from '../core/types';
import type { KeptDatabase } from './database';
import type { ImportRecord } from './records';
import type { BlockWriter } from './store/blockWriter';
import { storeWrite } from './store/storeWrite';
import { restateBalance } from './accountStatedBalance';

/** A transfer leg whose partner is gone gets back the category it had before it was paired. */
function unpaired(row: Transaction): Transaction {
  const { transferPairId: _partner, beforeTransfer, ...rest } = row;
  return {
    ...rest,
    category: beforeTransfer?.category ?? 'uncategorized',
    categorySource: beforeTransfer?.categorySource ?? 'none',
  };
}

/**
 * The import's rows as far as the page knows (their ids), and the blocks that may hold them or their transfer
 * partners, in one pass over the blocks.
 */
function importFootprint(db: KeptDatabase, importId: number, recorded: readonly string[]) {
  const keys = new Set(recorded);
  const ids = new Set<number | undefined>();
  for (const [key, rows] of db.store.blockArrays()) {
    for (const row of rows) {
      if (row.importId !== importId) continue;
      keys.add(key);
      ids.add(row.id);
      const partnerKey = row.transferPairId === undefined ? undefined : db.store.keyOf(row.transferPairId);
      if (partnerKey) keys.add(partnerKey);
    }
  }
  return { keys, ids };
}

/**
 * Later imports that rely on this one's rows: their statements repeated rows this import stored (they were skipped
 * as duplicates) or replaced its pending rows. Undoing it would take rows away from them, so they must go first.
 * Imports stored before this was recorded count when they are later, of the same account, and skipped duplicates.
 */
export function importsRelyingOn(importId: number, imports: readonly ImportRecord[]): ImportRecord[] {
  const target = imports.find((record) => record.id === importId);
  if (!target) return [];
  return imports.filter((record) => {
    if (record.id === importId || record.id === undefined) return false;
    if (record.reliesOn) return record.reliesOn.includes(importId);
    return record.id > importId && record.accountId === target.accountId && record.duplicates > 0;
  });
}

export class UndoRefusedError extends Error {
  constructor(readonly blockers: readonly ImportRecord[]) {
    super(`Later imports rely on this one: ${blockers.map((record) => record.fileName).join(', ')}`);
    this.name = 'UndoRefusedError';
  }
}

/** What removing one import changes in the blocks, worked out from the page's store (visited authoritatively). */
export function importRemoval(db: KeptDatabase, record: ImportRecord) {
  const importId = record.id as number;
  const { keys, ids: removedIds } = importFootprint(db, importId, record.blockKeys ?? []);
  const change = (rows: Transaction[]) => {
    if (!rows.some((row) => row.importId === importId || removedIds.has(row.transferPairId)))
      return undefined;
    return rows
      .filter((row) => row.importId !== importId)
      .map((row) => (removedIds.has(row.transferPairId) ? unpaired(row) : row));
  };
  const empties = (rows: readonly Transaction[]) => rows.every((row) => row.importId === importId);
  return { keys, change, empties };
}

/**
 * Removes one import inside the caller's transaction: its rows, its record, and (unless `keepAccount`) the
 * account it created when nothing else is left in it. What it had replaced comes back: pending rows that its booked
 * rows settled, and the earlier reading of the same file that a "Read differently…" replaced.
 */
export async function removeImport(
  db: KeptDatabase,
  writer: BlockWriter,
  record: ImportRecord,
  removal: ReturnType<typeof importRemoval>,
  keepAccount = false,
): Promise<void> {
  const importId = record.id as number;
  // Checked inside the transaction: another tab may have imported an overlapping statement since.
  const blockers = importsRelyingOn(importId, await db.imports.toArray());
  if (blockers.length > 0) throw new UndoRefusedError(blockers);
  // Months holding only this import's rows just go, unread; the rest (shared months, transfer partners) are
  // rewritten row by row.
  const dropped = new Set(await writer.dropImportBlocks(importId));
  await writer.rewrite(
    [...removal.keys].filter((key) => !dropped.has(key)),
    removal.change,
  );
  if (record.replacedPending?.length) await writer.append(record.replacedPending);
  await db.imports.delete(importId);
  if (record.replaces) {
    await writer.append(record.replaces.rows);
    await db.imports.add(record.replaces.record);
  }
  if (record.statedBalance || record.replaces?.record.statedBalance)
    await restateBalance(db, record.accountId);
  if (record.replaces) return;
  const left = await writer.accountKeys(record.accountId, '0000-01-01', '9999-12-31');
  if (!keepAccount && record.createdAccount && left.length === 0) await db.accounts.delete(record.accountId);
}

/**
 * Removes everything one import added (and its account, when the import created it and nothing else uses it).
 * Refuses, changing nothing, while a later import relies on its rows.
 */
export async function undoImport(db: KeptDatabase, importId: number): Promise<void> {
  await db.store.ready();
  const record = await db.imports.get(importId);
  if (!record) return;
  const blockers = importsRelyingOn(importId, await db.imports.toArray());
  if (blockers.length > 0) throw new UndoRefusedError(blockers);
  const removal = importRemoval(db, record);
  await storeWrite(
    db,
    [db.accounts, db.imports],
    (writer) => removeImport(db, writer, record, removal),
    removal,
  );
}
