import {
  BACKUP_APP,
  BACKUP_FORMAT,
  BACKUP_TABLES,
  type BackupEnvelope,
  type BackupTableName,
  type BackupTables,
  DERIVED_SETTINGS,
} from './envelope';

/** Why a file cannot be restored; each has its own message in the UI. */
export type BackupProblem =
  /** Nothing in the file. */
  | 'empty'
  /** A bank statement (CSV) chosen by mistake. */
  | 'csv'
  /** Not JSON at all (or a damaged file). */
  | 'notJson'
  /** JSON, but not written by Kept. */
  | 'notKept'
  /** Written by a newer Kept (envelope format or database schema); this version cannot read it safely. */
  | 'newer'
  /** Claims to be a Kept backup but its content is damaged or inconsistent. */
  | 'invalid';

export type BackupReading =
  { ok: true; backup: BackupEnvelope } | { ok: false; problem: BackupProblem; detail?: string };

type Row = Record<string, unknown>;

const isObject = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown) => Number.isSafeInteger(value) && (value as number) > 0;
const isText = (value: unknown) => typeof value === 'string' && value !== '';
const isMinor = (value: unknown) => Number.isSafeInteger(value);
const isDate = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The primary key of each table and how to check it. */
const KEYS: Record<BackupTableName, { field: string; check: (value: unknown) => boolean }> = {
  accounts: { field: 'id', check: isId },
  transactions: { field: 'id', check: isId },
  imports: { field: 'id', check: isId },
  profiles: { field: 'signature', check: isText },
  categories: { field: 'id', check: isText },
  rules: { field: 'id', check: isText },
  merchants: { field: 'key', check: isText },
  settings: { field: 'key', check: isText },
};

/** Checks beyond the key for rows whose damage would break the app (money must stay integer minor units). */
function rowProblem(table: BackupTableName, row: Row): string | undefined {
  if (table === 'transactions') {
    if (!isId(row.accountId)) return 'accountId';
    if (!isDate(row.date)) return 'date';
    if (!isMinor(row.amount)) return 'amount';
    if (row.balance !== null && row.balance !== undefined && !isMinor(row.balance)) return 'balance';
    if (typeof row.currency !== 'string') return 'currency';
    if (row.splits !== undefined) {
      if (!Array.isArray(row.splits)) return 'splits';
      for (const split of row.splits) if (!isObject(split) || !isMinor(split.amount)) return 'splits';
    }
  }
  if (table === 'accounts' && (typeof row.name !== 'string' || typeof row.currency !== 'string'))
    return 'account';
  if (table === 'categories' && (typeof row.name !== 'string' || typeof row.color !== 'string'))
    return 'category';
  return undefined;
}

function looksLikeCsv(text: string): boolean {
  const lines = text.split(/\r?\n/, 6).filter((line) => line.trim() !== '');
  if (lines.length === 0) return false;
  return lines.every((line) => /[,;\t|]/.test(line)) && !/^\s*[[{]/.test(text);
}

/** Checks a whole envelope object (already parsed from JSON). */
export function validateBackup(value: unknown, currentSchemaVersion: number): BackupReading {
  if (!isObject(value) || value.app !== BACKUP_APP) return { ok: false, problem: 'notKept' };
  const { format, schemaVersion, exportedAt, tables } = value;
  if (!Number.isSafeInteger(format) || (format as number) < 1)
    return { ok: false, problem: 'invalid', detail: 'format' };
  if ((format as number) > BACKUP_FORMAT) return { ok: false, problem: 'newer', detail: 'format' };
  if (!Number.isSafeInteger(schemaVersion) || (schemaVersion as number) < 1)
    return { ok: false, problem: 'invalid', detail: 'schemaVersion' };
  if ((schemaVersion as number) > currentSchemaVersion)
    return { ok: false, problem: 'newer', detail: 'schemaVersion' };
  if (typeof exportedAt !== 'string') return { ok: false, problem: 'invalid', detail: 'exportedAt' };
  if (!isObject(tables)) return { ok: false, problem: 'invalid', detail: 'tables' };

  const checked = {} as BackupTables;
  for (const name of BACKUP_TABLES) {
    const value = tables[name];
    if (!Array.isArray(value)) return { ok: false, problem: 'invalid', detail: name };
    const rows = value as unknown[];
    const seen = new Set<unknown>();
    const { field, check } = KEYS[name];
    for (const row of rows) {
      if (!isObject(row) || !check(row[field]) || seen.has(row[field]))
        return { ok: false, problem: 'invalid', detail: name };
      seen.add(row[field]);
      const problem = rowProblem(name, row);
      if (problem) return { ok: false, problem: 'invalid', detail: `${name}.${problem}` };
    }
    const valid = rows as Row[];
    checked[name] =
      name === 'settings' ? valid.filter((row) => !DERIVED_SETTINGS.includes(String(row.key))) : valid;
  }
  return {
    ok: true,
    backup: {
      app: BACKUP_APP,
      format: BACKUP_FORMAT,
      exportedAt,
      schemaVersion: schemaVersion as number,
      tables: checked,
    },
  };
}

/** Reads a backup from its JSON text. Bad input is data: a problem is returned, nothing is thrown. */
export function parseBackup(text: string, currentSchemaVersion: number): BackupReading {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, problem: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, problem: looksLikeCsv(body) ? 'csv' : 'notJson' };
  }
  return validateBackup(value, currentSchemaVersion);
}
