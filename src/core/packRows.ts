/**
 * Rows of plain objects packed as columns that structured cloning copies cheaply: numbers in one Float64Array,
 * repeated strings as a short dictionary plus one code per row, flags as bytes. Cloning (IndexedDB writes and
 * reads, messages between a worker and the page) costs per value, so a typed array of 100,000 numbers is one
 * copy where an array of them is 100,000.
 */
export type PackedColumn =
  /** NaN where the row has no value (stored numbers are never NaN). */
  | { numbers: Float64Array }
  /** Code 0: no value; code n: dictionary[n - 1]. */
  | { dictionary: string[]; codes: Uint16Array | Uint32Array }
  /** 0: no value, 1: false, 2: true. */
  | { flags: Uint8Array }
  /** Anything else (objects, arrays, mixed types), as it is. */
  | { values: unknown[] };

export interface PackedRows {
  count: number;
  columns: Record<string, PackedColumn>;
}

/** Text columns whose distinct values are more than this share of the rows are stored as they are. */
const DICTIONARY_SHARE = 0.5;
/** Rows looked at first to tell a column of nearly distinct text (descriptions) without building its dictionary. */
const SAMPLE = 200;

function mostlyDistinct(values: readonly unknown[]): boolean {
  if (values.length < SAMPLE * 2) return false;
  const seen = new Set<unknown>();
  for (let index = 0; index < SAMPLE; index += 1) seen.add(values[index]);
  return seen.size > SAMPLE * DICTIONARY_SHARE;
}

type ValueType = 'number' | 'string' | 'boolean' | 'mixed';

function columnType(values: readonly unknown[]): ValueType {
  let type: ValueType | undefined;
  for (const value of values) {
    if (value === undefined) continue;
    const kind = typeof value;
    const next: ValueType =
      (kind === 'number' && !Number.isNaN(value)) || kind === 'string' || kind === 'boolean'
        ? (kind as ValueType)
        : 'mixed';
    if (type === undefined) type = next;
    else if (type !== next) return 'mixed';
    if (type === 'mixed') return type;
  }
  return type ?? 'mixed';
}

function packNumbers(values: readonly unknown[]): PackedColumn {
  const numbers = new Float64Array(values.length);
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index];
    numbers[index] = value === undefined ? NaN : (value as number);
  }
  return { numbers };
}

function packText(values: readonly unknown[]): PackedColumn {
  if (mostlyDistinct(values)) return { values: [...values] };
  const dictionary: string[] = [];
  const codeOf = new Map<string, number>();
  const limit = Math.max(16, values.length * DICTIONARY_SHARE);
  const codes = new Uint32Array(values.length);
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index] as string | undefined;
    if (value === undefined) continue;
    let code = codeOf.get(value);
    if (code === undefined) {
      if (dictionary.length >= limit) return { values: [...values] };
      dictionary.push(value);
      code = dictionary.length;
      codeOf.set(value, code);
    }
    codes[index] = code;
  }
  return { dictionary, codes: dictionary.length < 0xffff ? Uint16Array.from(codes) : codes };
}

function packFlags(values: readonly unknown[]): PackedColumn {
  const flags = new Uint8Array(values.length);
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index];
    if (value !== undefined) flags[index] = value ? 2 : 1;
  }
  return { flags };
}

function packColumn(values: readonly unknown[]): PackedColumn {
  const type = columnType(values);
  if (type === 'number') return packNumbers(values);
  if (type === 'string') return packText(values);
  if (type === 'boolean') return packFlags(values);
  return { values: [...values] };
}

/** Packs rows field by field; a field absent from a row (or undefined) stays absent after unpacking. */
export function packRows(rows: readonly object[], skip: ReadonlySet<string> = new Set()): PackedRows {
  const raw: Record<string, unknown[]> = {};
  rows.forEach((row, index) => {
    for (const field in row) {
      const value = (row as Record<string, unknown>)[field];
      if (value === undefined || skip.has(field)) continue;
      const column = (raw[field] ??= new Array<unknown>(rows.length).fill(undefined));
      column[index] = value;
    }
  });
  const columns: Record<string, PackedColumn> = {};
  for (const field in raw) columns[field] = packColumn(raw[field] as unknown[]);
  return { count: rows.length, columns };
}

/** One column's value getter: undefined where the row has none. Plain arrays (older blocks) are read as they are. */
export function columnReader(
  packed: { columns: Record<string, PackedColumn | unknown[]> },
  field: string,
): (index: number) => unknown {
  const column = packed.columns[field];
  return column ? reader(column) : () => undefined;
}

function reader(column: PackedColumn | unknown[]): (index: number) => unknown {
  if (Array.isArray(column)) return (index) => column[index];
  if ('numbers' in column) {
    const { numbers } = column;
    return (index) => {
      const value = numbers[index] as number;
      return Number.isNaN(value) ? undefined : value;
    };
  }
  if ('codes' in column) {
    const { dictionary, codes } = column;
    return (index) => {
      const code = codes[index] as number;
      return code === 0 ? undefined : dictionary[code - 1];
    };
  }
  if ('flags' in column) {
    const { flags } = column;
    return (index) => (flags[index] === 0 ? undefined : flags[index] === 2);
  }
  return (index) => column.values[index];
}

/** The rows back as objects, fields in column order; accepts plain-array columns as written by older versions. */
export function unpackRows<T>(packed: {
  count: number;
  columns: Record<string, PackedColumn | unknown[]>;
}): T[] {
  const fields = Object.entries(packed.columns).map(([field, column]) => [field, reader(column)] as const);
  const rows = new Array<T>(packed.count);
  for (let index = 0; index < packed.count; index += 1) {
    const row: Record<string, unknown> = {};
    for (const [field, read] of fields) {
      const value = read(index);
      if (value !== undefined) row[field] = value;
    }
    rows[index] = row as T;
  }
  return rows;
}
