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
  /**
   * Nearly distinct text (descriptions) that every row has, joined: row i is text[ends[i - 1] .. ends[i]). One
   * string clones in one copy, where a hundred thousand short ones each cost an allocation.
   */
  | JoinedTexts
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

export type ValueType = 'number' | 'string' | 'boolean' | 'mixed';

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

/** Strings joined into one, with where each ends: cloned (to IndexedDB, to a worker) in one copy. */
export interface JoinedTexts {
  text: string;
  ends: Uint32Array;
}

/** Text every row has, joined; undefined when a row has none. */
function joinText(values: readonly unknown[]): JoinedTexts | undefined {
  const ends = new Uint32Array(values.length);
  let length = 0;
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index];
    if (typeof value !== 'string') return undefined;
    length += value.length;
    ends[index] = length;
  }
  return { text: (values as string[]).join(''), ends };
}

export const joinTexts = (values: readonly string[]): JoinedTexts => joinText(values) as JoinedTexts;

export function splitTexts({ text, ends }: JoinedTexts): string[] {
  const values = new Array<string>(ends.length);
  for (let index = 0; index < ends.length; index += 1)
    values[index] = text.slice(index === 0 ? 0 : ends[index - 1], ends[index]);
  return values;
}

/**
 * A dictionary and a code per row, unless the text is nearly distinct (descriptions): told by the first SAMPLE
 * values (a row without text counting as one more distinct value), or by the dictionary outgrowing its share.
 */
function packText(values: readonly unknown[]): PackedColumn {
  const dictionary: string[] = [];
  const codeOf = new Map<string, number>();
  const limit = Math.max(16, values.length * DICTIONARY_SHARE);
  const sampled = values.length >= SAMPLE * 2 ? SAMPLE : -1;
  const codes = new Uint32Array(values.length);
  let noValueSeen = 0;
  for (let index = 0; index < values.length; index += 1) {
    if (index === sampled && dictionary.length + noValueSeen > SAMPLE * DICTIONARY_SHARE)
      return joinText(values) ?? { values: [...values] };
    const value = values[index] as string | undefined;
    if (value === undefined) {
      noValueSeen = 1;
      continue;
    }
    let code = codeOf.get(value);
    if (code === undefined) {
      if (dictionary.length >= limit) return joinText(values) ?? { values: [...values] };
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

function packColumn(values: readonly unknown[], type = columnType(values)): PackedColumn {
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
  return packColumns(rows.length, raw);
}

/**
 * Columns of `count` values each (undefined: the row has none), packed; a column no row has is left out. The
 * value type of a column is found by looking at its values, unless `types` tells it.
 */
export function packColumns(
  count: number,
  raw: Record<string, unknown[]>,
  types: Readonly<Record<string, ValueType>> = {},
): PackedRows {
  const columns: Record<string, PackedColumn> = {};
  for (const field in raw) {
    const values = raw[field] as unknown[];
    if (values.some((value) => value !== undefined)) columns[field] = packColumn(values, types[field]);
  }
  return { count, columns };
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
  if ('text' in column) {
    const { text, ends } = column;
    return (index) => text.slice(index === 0 ? 0 : ends[index - 1], ends[index]);
  }
  return (index) => column.values[index];
}

/** The rows back as objects, fields in column order; accepts plain-array columns as written by older versions. */
export function unpackRows<T>(packed: {
  count: number;
  columns: Record<string, PackedColumn | unknown[]>;
}): T[] {
  const rows = new Array<Record<string, unknown>>(packed.count);
  for (let index = 0; index < packed.count; index += 1) rows[index] = {};
  // A column at a time: one reader per loop, and every row gains its fields in the same order.
  for (const field in packed.columns) {
    const read = reader(packed.columns[field] as PackedColumn | unknown[]);
    for (let index = 0; index < packed.count; index += 1) {
      const value = read(index);
      if (value !== undefined) (rows[index] as Record<string, unknown>)[field] = value;
    }
  }
  return rows as T[];
}
