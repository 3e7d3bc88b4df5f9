/**
 * Rows of plain objects packed as columns that structured cloning copies cheaply: numbers in one Float64Array
 * (or a byte a row when they take a few values), repeated strings as a short dictionary plus one code per row,
 * flags as bytes. Cloning (IndexedDB writes and reads, messages between a worker and the page) costs per value,
 * so a typed array of 100,000 numbers is one copy where an array of them is 100,000.
 */
export type PackedColumn =
  /** NaN where the row has no value (stored numbers are never NaN). */
  | { numbers: Float64Array }
  /**
   * Numbers that take a few values (an account, an import, a confidence): code 0 no value, code n
   * numberDictionary[n - 1]. A byte a row instead of eight.
   */
  | FewNumbers
  /** Consecutive integers from `sequenceFrom`, one a row (the ids of rows stored together): nothing per row. */
  | { sequenceFrom: number }
  /** Code 0: no value; code n: dictionary[n - 1]. */
  | { dictionary: string[]; codes: Uint8Array | Uint16Array | Uint32Array }
  /**
   * Nearly distinct text (descriptions) that every row has, joined: row i is text[ends[i - 1] .. ends[i]). One
   * string clones in one copy, where a hundred thousand short ones each cost an allocation.
   */
  | JoinedTexts
  /** 0: no value, 1: false, 2: true. */
  | { flags: Uint8Array }
  /** Anything else (objects, arrays, mixed types), as it is. */
  | { values: unknown[] };

export interface FewNumbers {
  numberDictionary: Float64Array;
  numberCodes: Uint8Array;
}

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

/** Distinct numbers a column may take to be stored as FewNumbers (code 0 is no value). */
const FEW_NUMBERS = 255;

function packNumbers(values: readonly unknown[]): PackedColumn {
  return fewNumbers(values) ?? sequence(values) ?? manyNumbers(values);
}

/** The numbers as their first, when each row has the one before plus one (integers only). */
function sequence(values: readonly unknown[]): { sequenceFrom: number } | undefined {
  const first = values[0];
  if (!Number.isSafeInteger(first) || Object.is(first, -0)) return undefined;
  for (let index = 1; index < values.length; index += 1)
    if (values[index] !== (first as number) + index) return undefined;
  return { sequenceFrom: first as number };
}

/**
 * The numbers as a byte a row, unless they take more than FEW_NUMBERS values or hold a -0 (which a Map would take
 * for 0).
 */
function fewNumbers(values: readonly unknown[]): FewNumbers | undefined {
  const dictionary: number[] = [];
  const codeOf = new Map<number, number>();
  const numberCodes = new Uint8Array(values.length);
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index] as number | undefined;
    if (value === undefined) continue;
    if (Object.is(value, -0)) return undefined;
    let code = codeOf.get(value);
    if (code === undefined) {
      if (dictionary.length >= FEW_NUMBERS) return undefined;
      dictionary.push(value);
      code = dictionary.length;
      codeOf.set(value, code);
    }
    numberCodes[index] = code;
  }
  return { numberDictionary: Float64Array.from(dictionary), numberCodes };
}

/** The same number in every one of `count` rows. */
export function constantNumbers(value: number, count: number): FewNumbers {
  return { numberDictionary: Float64Array.of(value), numberCodes: new Uint8Array(count).fill(1) };
}

function manyNumbers(values: readonly unknown[]): PackedColumn {
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
  return { dictionary, codes: narrowest(codes, dictionary.length) };
}

/** Codes up to `largest` in the smallest typed array that holds them: a byte a row for a short dictionary. */
function narrowest(codes: Uint32Array, largest: number): Uint8Array | Uint16Array | Uint32Array {
  if (largest <= 0xff) return Uint8Array.from(codes);
  return largest <= 0xffff ? Uint16Array.from(codes) : codes;
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

/** True when every one of the `count` rows has a value in this column. */
function inEveryRow(column: PackedColumn | unknown[], count: number): boolean {
  if (Array.isArray(column) || 'values' in column) {
    const values = Array.isArray(column) ? column : column.values;
    for (let index = 0; index < count; index += 1) if (values[index] === undefined) return false;
    return true;
  }
  if ('numbers' in column) {
    for (let index = 0; index < count; index += 1) if (Number.isNaN(column.numbers[index])) return false;
    return true;
  }
  if ('codes' in column) return !column.codes.includes(0);
  if ('numberCodes' in column) return !column.numberCodes.includes(0);
  if ('sequenceFrom' in column) return true;
  if ('flags' in column) return !column.flags.includes(0);
  return true;
}

export type Row = Record<string, unknown>;

/** Sets `field` on each row that has a value in `column` (one loop per kind of column, no call per value). */
function fill(rows: Row[], field: string, column: PackedColumn | unknown[]): void {
  if (Array.isArray(column) || 'values' in column) {
    const values = Array.isArray(column) ? column : column.values;
    for (let index = 0; index < rows.length; index += 1)
      if (values[index] !== undefined) (rows[index] as Row)[field] = values[index];
  } else if ('numbers' in column) {
    const { numbers } = column;
    for (let index = 0; index < rows.length; index += 1) {
      const value = numbers[index] as number;
      if (!Number.isNaN(value)) (rows[index] as Row)[field] = value;
    }
  } else if ('codes' in column) {
    const { dictionary, codes } = column;
    for (let index = 0; index < rows.length; index += 1) {
      const code = codes[index] as number;
      if (code !== 0) (rows[index] as Row)[field] = dictionary[code - 1];
    }
  } else if ('numberCodes' in column) {
    const { numberDictionary, numberCodes } = column;
    for (let index = 0; index < rows.length; index += 1) {
      const code = numberCodes[index] as number;
      if (code !== 0) (rows[index] as Row)[field] = numberDictionary[code - 1];
    }
  } else if ('sequenceFrom' in column) {
    const { sequenceFrom } = column;
    for (let index = 0; index < rows.length; index += 1) (rows[index] as Row)[field] = sequenceFrom + index;
  } else if ('flags' in column) {
    const { flags } = column;
    for (let index = 0; index < rows.length; index += 1) {
      const flag = flags[index] as number;
      if (flag !== 0) (rows[index] as Row)[field] = flag === 2;
    }
  } else {
    const { text, ends } = column;
    let start = 0;
    for (let index = 0; index < rows.length; index += 1) {
      const end = ends[index] as number;
      (rows[index] as Row)[field] = text.slice(start, end);
      start = end;
    }
  }
}

/**
 * An object with these fields, each able to hold any value: a number set in one row and text or null in another
 * changes nothing, where a field first laid out for small integers would be re-laid in every row made so far.
 */
function rowTemplate(fields: readonly string[]): Row {
  const template: Row = {};
  for (const field of fields) template[field] = 0;
  for (const field of fields) template[field] = null;
  return template;
}

/**
 * The rows back as objects; accepts plain-array columns as written by older versions. A field absent from a row
 * stays absent. Fields every row has come first, in column order: each row starts as a copy of one template
 * holding them (or as the caller's literal for exactly those fields), so setting them adds no property; the others
 * are added where a row has them.
 */
export function unpackRows<T>(
  packed: {
    count: number;
    columns: Record<string, PackedColumn | unknown[]>;
  },
  /**
   * A maker of empty rows for the fields every row has (an object literal of the caller's), when it has one for
   * exactly these fields: rows made at one literal's site are what V8 allocates straight in the old generation
   * once they all survive, instead of copying each through the young one (a copied template has no such site).
   */
  rowMaker?: (fields: readonly string[]) => (() => Row) | undefined,
): T[] {
  const { count, columns } = packed;
  const everyRow: string[] = [];
  const someRows: string[] = [];
  for (const field in columns)
    (inEveryRow(columns[field] as PackedColumn | unknown[], count) ? everyRow : someRows).push(field);
  const rows = new Array<Row>(count);
  const makeRow = rowMaker?.(everyRow);
  if (makeRow) for (let index = 0; index < count; index += 1) rows[index] = makeRow();
  else {
    const template = rowTemplate(everyRow);
    for (let index = 0; index < count; index += 1) rows[index] = { ...template };
  }
  for (const field of [...everyRow, ...someRows])
    fill(rows, field, columns[field] as PackedColumn | unknown[]);
  return rows as T[];
}
