import {
  addColumns,
  columnReader,
  everyRowHas,
  type PackedColumn,
  packRows,
  unpackRows,
} from '../../core/packRows';
import type { PreparedMonth } from '../../core/preparedRows';
import type { IsoDate, Transaction } from '../../core/types';

/**
 * How transactions are stored physically: one IndexedDB record per account and month, holding that month's rows
 * as packed columns (see packRows: typed arrays and short dictionaries). IndexedDB costs about the same per
 * record whatever its size, and it clones a typed array in one copy, so a block of a thousand rows is written and
 * read about as fast as one row.
 */
export interface TransactionBlock {
  /** `accountId:YYYY-MM`, see blockKey. */
  key: string;
  accountId: number;
  month: string;
  count: number;
  /** Field name → its values, packed (blocks written before packing hold plain arrays, still read). */
  columns: Record<string, PackedColumn | unknown[]>;
  /**
   * The import every row came from, when they all came from one (indexed: undoing that import deletes the block
   * without reading it).
   */
  soleImport?: number;
}

export function blockKey(accountId: number, date: IsoDate): string {
  return `${accountId}:${date.slice(0, 7)}`;
}

/** Never stored: derived from date, amount and description when deduplicating. */
const DERIVED_FIELDS = new Set(['fingerprint']);

export function encodeBlock(key: string, rows: readonly Transaction[]): TransactionBlock {
  const [account = '0', month = ''] = key.split(':');
  const { count, columns } = packRows(rows, DERIVED_FIELDS);
  return withSoleImport({ key, accountId: Number(account), month, count, columns });
}

/**
 * A month of prepared rows as a new block of one account and import, its ids consecutive from the first
 * record's: the worker's packed columns plus the id, account and import columns.
 */
export function blockFromPrepared(
  month: PreparedMonth,
  first: Pick<Transaction, 'id' | 'accountId' | 'importId'>,
): TransactionBlock {
  const ids = new Float64Array(month.count);
  for (let index = 0; index < month.count; index += 1) ids[index] = (first.id as number) + index;
  return {
    key: `${first.accountId}:${month.month}`,
    accountId: first.accountId,
    month: month.month,
    count: month.count,
    columns: {
      ...month.columns,
      id: { numbers: ids },
      accountId: { numbers: new Float64Array(month.count).fill(first.accountId) },
      importId: { numbers: new Float64Array(month.count).fill(first.importId) },
    },
    soleImport: first.importId,
  };
}

/** The fields every stored transaction has. */
const CORE_FIELDS = [
  'id',
  'accountId',
  'importId',
  'date',
  'description',
  'merchant',
  'category',
  'amount',
  'currency',
  'balance',
] as const;
/** The fields of an automatic category, which most imported rows have. */
const LABEL_FIELDS = ['merchantKey', 'kind', 'categorySource', 'confidence'] as const;
const CORE: ReadonlySet<string> = new Set(CORE_FIELDS);
const CORE_AND_LABEL: ReadonlySet<string> = new Set([...CORE_FIELDS, ...LABEL_FIELDS]);

/** A column's value at a row, taken as the type of the field it fills (the block was packed from transactions). */
type Reader = (index: number) => never;

/**
 * The block's rows. Each row is made whole by one object literal of the fields it is known to have, then given the
 * others it has: adding fields one at a time costs a row several allocations and a change of shape per field,
 * which made decoding the slowest part of storing a large import. Blocks written by older versions, where a row
 * may lack one of them, are read field by field.
 */
export function decodeBlock(block: TransactionBlock): Transaction[] {
  const has = (field: string) => everyRowHas(block.columns[field], block.count);
  if (!CORE_FIELDS.every(has)) return unpackRows<Transaction>(block);
  const read = (field: string) => columnReader(block, field) as Reader;
  const core = CORE_FIELDS.map(read);
  if (!LABEL_FIELDS.every(has)) {
    const rows = coreRows(block.count, core);
    addColumns(rows, block, CORE);
    return rows;
  }
  const rows = labelledRows(block.count, core, LABEL_FIELDS.map(read));
  addColumns(rows, block, CORE_AND_LABEL);
  return rows;
}

function coreRows(count: number, core: Reader[]): Transaction[] {
  const [id, accountId, importId, date, description, merchant, category, amount, currency, balance] =
    core as [Reader, Reader, Reader, Reader, Reader, Reader, Reader, Reader, Reader, Reader];
  const rows = new Array<Transaction>(count);
  for (let index = 0; index < count; index += 1)
    rows[index] = {
      id: id(index),
      accountId: accountId(index),
      importId: importId(index),
      date: date(index),
      description: description(index),
      merchant: merchant(index),
      category: category(index),
      amount: amount(index),
      currency: currency(index),
      balance: balance(index),
    };
  return rows;
}

function labelledRows(count: number, core: Reader[], label: Reader[]): Transaction[] {
  const [id, accountId, importId, date, description, merchant, category, amount, currency, balance] =
    core as [Reader, Reader, Reader, Reader, Reader, Reader, Reader, Reader, Reader, Reader];
  const [merchantKey, kind, categorySource, confidence] = label as [Reader, Reader, Reader, Reader];
  const rows = new Array<Transaction>(count);
  for (let index = 0; index < count; index += 1)
    rows[index] = {
      id: id(index),
      accountId: accountId(index),
      importId: importId(index),
      date: date(index),
      description: description(index),
      merchant: merchant(index),
      category: category(index),
      amount: amount(index),
      currency: currency(index),
      balance: balance(index),
      merchantKey: merchantKey(index),
      kind: kind(index),
      categorySource: categorySource(index),
      confidence: confidence(index),
    };
  return rows;
}

/** The block with `soleImport` set when its rows all came from one import (also for blocks written before it existed). */
export function withSoleImport(block: TransactionBlock): TransactionBlock {
  const column = block.columns.importId;
  const values = !column ? [] : Array.isArray(column) ? column : 'numbers' in column ? column.numbers : [];
  const first = values[0];
  if (typeof first !== 'number' || values.length !== block.count) return block;
  for (let index = 1; index < values.length; index += 1) if (values[index] !== first) return block;
  return { ...block, soleImport: first };
}

/** Groups rows by block key, keeping their order. */
export function groupByBlock(rows: readonly Transaction[]): Map<string, Transaction[]> {
  const groups = new Map<string, Transaction[]>();
  for (const row of rows) {
    const key = blockKey(row.accountId, row.date);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(row);
  }
  return groups;
}
