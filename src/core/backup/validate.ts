import {
  BACKUP_APP,
  BACKUP_FORMAT,
  BACKUP_TABLES,
  type BackupEnvelope,
  type BackupTableName,
  type BackupTables,
  DERIVED_SETTINGS,
} from './envelope';
import { type CategoryRule, validateRule } from '../merchant/rules';
import { badField, type FieldChecks, hasHostileShape, isObject, type Row } from './fields';
import { profileProblem, PROFILE } from './profileCheck';
import { referenceProblem } from './references';
import { ACCOUNT, CATEGORY, IMPORT, MERCHANT, RULE, SETTING, TRANSACTION } from './rowChecks';

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
  | 'invalid'
  /** Larger than any backup (MAX_BACKUP_BYTES), refused before it is read. */
  | 'tooLarge'
  /** Gzip that inflates past the ceiling or ratio (a gzip bomb). */
  | 'inflates'
  /** Encrypted, and the passphrase is wrong (or the file was altered). */
  | 'wrongPassphrase'
  /** Encrypted by a newer version, or with parameters this version refuses. */
  | 'encryptedUnsupported';

export type BackupReading =
  | { ok: true; backup: BackupEnvelope }
  | {
      ok: false;
      problem: BackupProblem;
      /** What is wrong: a table, or `table.field`. */
      detail?: string;
      /** 1-based row of the table, when one row is at fault. */
      row?: number;
    };

type Refusal = Extract<BackupReading, { ok: false }>;

/** The checks of each table: its key field and every field's type. */
const TABLES: Record<BackupTableName, { key: string; fields: FieldChecks }> = {
  accounts: { key: 'id', fields: ACCOUNT },
  transactions: { key: 'id', fields: TRANSACTION },
  imports: { key: 'id', fields: IMPORT },
  profiles: { key: 'signature', fields: PROFILE },
  categories: { key: 'id', fields: CATEGORY },
  rules: { key: 'id', fields: RULE },
  merchants: { key: 'key', fields: MERCHANT },
  settings: { key: 'key', fields: SETTING },
};

const invalid = (table: string, field?: string, index?: number): Refusal => ({
  ok: false,
  problem: 'invalid',
  detail: field ? `${table}.${field}` : table,
  ...(index === undefined ? {} : { row: index + 1 }),
});

/** What the field checks cannot see in one row: a rule's meaning, a profile's shape, a stored model's shape. */
function meaningProblem(table: BackupTableName, row: Row): string | null {
  if (table === 'rules') return validateRule(row as unknown as CategoryRule).length > 0 ? 'pattern' : null;
  if (table === 'profiles') return profileProblem(row);
  if (table === 'imports') {
    const replaced = (row.replacedPending as unknown[] | undefined) ?? [];
    const bad = replaced.some((pending) => !isObject(pending) || badField(pending, TRANSACTION) !== null);
    return bad ? 'replacedPending' : null;
  }
  if (table === 'settings' && row.key === 'categoryModel' && !isObject(row.value)) return 'value';
  return null;
}

function checkTable(name: BackupTableName, value: unknown): Refusal | Row[] {
  if (!Array.isArray(value)) return invalid(name);
  const { key, fields } = TABLES[name];
  const seen = new Set<unknown>();
  for (const [index, row] of (value as unknown[]).entries()) {
    if (!isObject(row)) return invalid(name, undefined, index);
    if (!fields[key]?.(row[key]) || seen.has(row[key])) return invalid(name, undefined, index);
    seen.add(row[key]);
    const field = badField(row, fields) ?? meaningProblem(name, row);
    if (field) return invalid(name, field, index);
  }
  return value as Row[];
}

/**
 * Checks a whole envelope object (already parsed from JSON): every table, every field's type and range, the rules
 * through validateRule (the editor's own validator), the reading profiles' shape, and the links between tables.
 * Anything else is refused with what is wrong, before a single row is stored. Never throws.
 */
export function validateBackup(value: unknown, currentSchemaVersion: number): BackupReading {
  if (!isObject(value) || value.app !== BACKUP_APP) return { ok: false, problem: 'notKept' };
  if (hasHostileShape(value)) return invalid('structure');
  const { format, schemaVersion, exportedAt, tables } = value;
  if (!Number.isSafeInteger(format) || (format as number) < 1) return invalid('format');
  if ((format as number) > BACKUP_FORMAT) return { ok: false, problem: 'newer', detail: 'format' };
  if (!Number.isSafeInteger(schemaVersion) || (schemaVersion as number) < 1) return invalid('schemaVersion');
  if ((schemaVersion as number) > currentSchemaVersion)
    return { ok: false, problem: 'newer', detail: 'schemaVersion' };
  if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt))) return invalid('exportedAt');
  if (!isObject(tables)) return invalid('tables');

  const checked = {} as BackupTables;
  for (const name of BACKUP_TABLES) {
    const rows = checkTable(name, tables[name]);
    if (!Array.isArray(rows)) return rows;
    checked[name] =
      name === 'settings' ? rows.filter((row) => !DERIVED_SETTINGS.includes(String(row.key))) : rows;
  }
  const broken = referenceProblem(checked);
  if (broken) return invalid(broken.table, broken.field, broken.row);
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

function looksLikeCsv(text: string): boolean {
  const lines = text.split(/\r?\n/, 6).filter((line) => line.trim() !== '');
  if (lines.length === 0) return false;
  return lines.every((line) => /[,;\t|]/.test(line)) && !/^\s*[[{]/.test(text);
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
