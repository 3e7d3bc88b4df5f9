import {
  BACKUP_TABLES,
  type BackupEnvelope,
  type BackupTables,
  buildBackup,
  DERIVED_SETTINGS,
} from '../core/backup';
import { DEFAULT_CATEGORIES } from '../core/categories';
import type { Transaction } from '../core/types';
import type { KeptDatabase } from './database';
import { encodeBlock, groupByBlock } from './store/blockCodec';
import { BlockWriter } from './store/blockWriter';
import { NEXT_ID_KEY } from './store/ids';
import { stopRunningWriter, withWriterLock } from './writerLock';

/** Settings the store keeps for itself (recomputed on restore), never part of a backup. */
const STORE_SETTINGS = [NEXT_ID_KEY];

const isBackedUpSetting = (key: unknown) =>
  !DERIVED_SETTINGS.includes(String(key)) && !STORE_SETTINGS.includes(String(key));

/** The schema version backups are written with and checked against. */
export function schemaVersion(db: KeptDatabase): number {
  return Math.round(db.verno);
}

/**
 * Reads every table in one read transaction, so the backup is a consistent snapshot. Transactions are written
 * as logical rows (one object each), whatever their physical blocks.
 */
export async function readAllTables(db: KeptDatabase): Promise<BackupTables> {
  return db.transaction('r', db.tables, async () => {
    const blocks = await new BlockWriter(db).readAll();
    const transactions = [...blocks.values()].flat().sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
    const entries = await Promise.all(
      BACKUP_TABLES.filter((name) => name !== 'transactions').map(
        async (name) => [name, await db.table(name).toArray()] as const,
      ),
    );
    const tables = Object.fromEntries(entries) as BackupTables;
    tables.transactions = transactions as unknown as Record<string, unknown>[];
    tables.settings = tables.settings.filter((row) => isBackedUpSetting(row.key));
    return tables;
  });
}

/** Everything stored, as the envelope written to the backup file (derived caches left out). */
export async function createBackup(db: KeptDatabase, now = Date.now()): Promise<BackupEnvelope> {
  const tables = await readAllTables(db);
  return buildBackup(tables, { exportedAt: now, schemaVersion: schemaVersion(db) });
}

function sameAsDefaultCategories(categories: readonly { id: string }[]): boolean {
  if (categories.length !== DEFAULT_CATEGORIES.length) return false;
  const byId = new Map(categories.map((category) => [category.id, JSON.stringify(category)]));
  return DEFAULT_CATEGORIES.every((category) => byId.get(category.id) === JSON.stringify(category));
}

/**
 * True when something the person made is stored (anything beyond the default categories and derived caches):
 * restoring over it then asks first.
 */
export async function hasUserData(db: KeptDatabase): Promise<boolean> {
  return db.transaction('r', db.tables, async () => {
    const counts = await Promise.all(
      [db.accounts, db.blocks, db.imports, db.profiles, db.rules, db.merchants].map((table) => table.count()),
    );
    if (counts.some((count) => count > 0)) return true;
    const settings = await db.settings.filter((row) => isBackedUpSetting(row.key)).count();
    if (settings > 0) return true;
    return !sameAsDefaultCategories(await db.categories.toArray());
  });
}

/**
 * Replaces everything stored with the backup's tables in one IndexedDB transaction: either all of it is
 * restored or nothing changes. Ids are kept, so links between rows (transfer pairs, imports) survive. A running
 * import in this tab is cancelled first; one in another tab is waited for.
 */
export async function restoreBackup(
  db: KeptDatabase,
  backup: BackupEnvelope,
  onWait?: () => void,
): Promise<void> {
  await stopRunningWriter();
  await withWriterLock(() => replaceEverything(db, backup), onWait ? { onWait } : {});
}

async function replaceEverything(db: KeptDatabase, backup: BackupEnvelope): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    for (const name of BACKUP_TABLES) {
      if (name === 'transactions') continue;
      const rows =
        name === 'settings'
          ? backup.tables.settings.filter((row) => isBackedUpSetting(row.key))
          : backup.tables[name];
      if (rows.length > 0) await db.table(name).bulkAdd(rows);
    }
    const transactions = backup.tables.transactions as unknown as Transaction[];
    const blocks = [...groupByBlock(transactions)].map(([key, rows]) => encodeBlock(key, rows));
    if (blocks.length > 0) await db.blocks.bulkAdd(blocks);
    const maxId = transactions.reduce((max, row) => Math.max(max, row.id ?? 0), 0);
    await db.settings.put({ key: NEXT_ID_KEY, value: maxId + 1 });
    if (backup.tables.categories.length === 0)
      await db.categories.bulkAdd(DEFAULT_CATEGORIES.map((category) => ({ ...category })));
  });
  await db.store.reload('all');
  db.store.announceAll();
}
