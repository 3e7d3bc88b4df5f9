/**
 * The backup file of DESIGN.md ("Backup"): one versioned JSON envelope holding every stored table, so a restore
 * gives back exactly what was there (ids included, so transfer pairs and import history stay linked).
 */

export const BACKUP_APP = 'kept';
/** Version of the envelope itself; a reader refuses files written by a newer format. */
export const BACKUP_FORMAT = 1;

/** Every table of the schema, in the order they are written (and restored). */
export const BACKUP_TABLES = [
  'accounts',
  'transactions',
  'imports',
  'profiles',
  'categories',
  'rules',
  'merchants',
  'settings',
] as const;

export type BackupTableName = (typeof BACKUP_TABLES)[number];

/** Rows of each table exactly as stored (plain JSON objects). */
export type BackupTables = Record<BackupTableName, Record<string, unknown>[]>;

/** Settings that are derived data, rebuilt on demand: never written to a backup, never restored. */
export const DERIVED_SETTINGS: readonly string[] = ['analyticsCache'];

export interface BackupEnvelope {
  app: typeof BACKUP_APP;
  format: typeof BACKUP_FORMAT;
  /** ISO 8601 time the backup was made. */
  exportedAt: string;
  /** Dexie schema version of the database the tables were read from. */
  schemaVersion: number;
  tables: BackupTables;
}

function withoutDerivedSettings(rows: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.filter((row) => !DERIVED_SETTINGS.includes(String(row.key)));
}

/** Wraps the stored tables in the envelope, leaving derived settings out. */
export function buildBackup(
  tables: BackupTables,
  options: { exportedAt: number; schemaVersion: number },
): BackupEnvelope {
  const copy = {} as BackupTables;
  for (const name of BACKUP_TABLES) copy[name] = [...tables[name]];
  copy.settings = withoutDerivedSettings(copy.settings);
  return {
    app: BACKUP_APP,
    format: BACKUP_FORMAT,
    exportedAt: new Date(options.exportedAt).toISOString(),
    schemaVersion: options.schemaVersion,
    tables: copy,
  };
}

/** The file name offered for a backup made at `time` (local date of the person). */
export function backupFileName(time: Date, compressed: boolean): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
  return `kept-backup-${day}.json${compressed ? '.gz' : ''}`;
}
