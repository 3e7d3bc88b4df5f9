import { isCurrencyCode } from '../currencyCodes';
import { isValidIsoDate } from '../dates';

/**
 * Field checks for rows read from a backup file. Ids stay within 32 bits: the dashboard keeps account ids in an
 * Int32Array, and an id near 2^53 would exhaust IndexedDB's key generator (every later add fails).
 */
export const MAX_ID = 2 ** 31 - 1;
/** Largest amount or balance in minor units (10^15: far beyond any account, far below 2^53). */
export const MAX_MINOR = 1e15;
/** Longest text kept in any field (a description, a note, a name). */
export const MAX_TEXT = 10_000;

export type Row = Record<string, unknown>;

export const isObject = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isId = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= MAX_ID;
export const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_TEXT;
export const isName = (value: unknown): value is string => isText(value) && value.trim() !== '';
/** A stored key (category id, rule id, merchant key): short, not empty, never a prototype name. */
export const isKey = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && value.length <= 1000 && value !== '__proto__';
export const isMinor = (value: unknown): value is number =>
  Number.isSafeInteger(value) && Math.abs(value as number) <= MAX_MINOR;
export const isCount = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0;
export const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 8.64e15;
export const isDate = (value: unknown): value is string => typeof value === 'string' && isValidIsoDate(value);
export const isCurrency = isCurrencyCode;
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** A field that may be absent; when present it must pass `check`. */
export const optional =
  (check: (value: unknown) => boolean) =>
  (value: unknown): boolean =>
    value === undefined || check(value);

/** Unknown extra fields are kept only when they are plain values (a newer field of the same schema version). */
export const isPlainValue = (value: unknown): boolean =>
  value === null ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.length <= MAX_TEXT);

export type FieldChecks = Record<string, (value: unknown) => boolean>;

/** The first field of `row` that fails its check (or an unknown field that is not a plain value), else null. */
export function badField(row: Row, checks: FieldChecks): string | null {
  for (const field of Object.keys(checks))
    if (!(checks[field] as (value: unknown) => boolean)(row[field])) return field;
  for (const field of Object.keys(row))
    if (!Object.hasOwn(checks, field) && !isPlainValue(row[field])) return field;
  return null;
}

/** Deepest nesting a backup may have (the envelope, tables, rows, a split or a model map: well under 16). */
const MAX_DEPTH = 32;

/**
 * True when the parsed JSON holds a `__proto__` key anywhere, or nests deeper than any backup does. Walks with its
 * own stack: a hostile file nested a million levels deep must not overflow the call stack.
 */
export function hasHostileShape(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    if (depth > MAX_DEPTH) return true;
    if (Array.isArray(current)) {
      for (const item of current)
        if (typeof item === 'object' && item !== null) stack.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(current)) {
      if (key === '__proto__') return true;
      const item = (current as Row)[key];
      if (typeof item === 'object' && item !== null) stack.push([item, depth + 1]);
    }
  }
  return false;
}
