import {
  BACKUP_TABLES,
  type BackupEnvelope,
  type BackupTables,
  buildBackup,
  DERIVED_SETTINGS,
} from '../core/backup';
import { DEFAULT_CATEGORIES } from '../core/categories';
import type { KeptDatabase } from './database';

/** The schema version backups are written with and checked against. */
export function schemaVersion(db: KeptDatabase): number {
  return Math.round(db.verno);
}

/** Reads every table in one read transaction, so the backup is a consistent snapshot. */
export async function readAllTables(db: KeptDatabase): Promise<BackupTables> {
  return db.transaction('r', db.tables, async () => {
    const entries = await Promise.all(
      BACKUP_TABLES.map(async (name) => [name, await db.table(name).toArray()] as const),
    );
    return Object.fromEntries(entries) as BackupTables;
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
      [db.accounts, db.transactions, db.imports, db.profiles, db.rules, db.merchants].map((table) =>
        table.count(),
      ),
    );
    if (counts.some((count) => count > 0)) return true;
    const settings = await db.settings.filter((row) => !DERIVED_SETTINGS.includes(row.key)).count();
    if (settings > 0) return true;
    return !sameAsDefaultCategories(await db.categories.toArray());
  });
}

/**
 * Replaces everything stored with the backup's tables in one IndexedDB transaction: either all of it is
 * restored or nothing changes. Ids are kept, so links between rows (transfer pairs, imports) survive.
 */
export async function restoreBackup(db: KeptDatabase, backup: BackupEnvelope): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    for (const name of BACKUP_TABLES) {
      const rows =
        name === 'settings'
          ? backup.tables.settings.filter((row) => !DERIVED_SETTINGS.includes(String(row.key)))
          : backup.tables[name];
      if (rows.length > 0) await db.table(name).bulkAdd(rows);
    }
    if (backup.tables.categories.length === 0)
      await db.categories.bulkAdd(DEFAULT_CATEGORIES.map((category) => ({ ...category })));
  });
}
