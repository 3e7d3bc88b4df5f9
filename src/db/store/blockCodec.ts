import { constantNumbers, type PackedColumn, packRows, type Row, unpackRows } from '../../core/packRows';
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
  return {
    key: `${first.accountId}:${month.month}`,
    accountId: first.accountId,
    month: month.month,
    count: month.count,
    columns: {
      ...month.columns,
      id: { sequenceFrom: first.id as number },
      accountId: constantNumbers(first.accountId, month.count),
      importId: constantNumbers(first.importId as number, month.count),
    },
    soleImport: first.importId,
  };
}

export function decodeBlock(block: TransactionBlock): Transaction[] {
  return unpackRows<Transaction>(block, categorizedRowMaker);
}

// The rows of nearly every block have one of two sets of fields: an imported, categorized row, with or without a
// value date (every block of the 40 real exports). Rows made by one of these literals (each field null first, so
// it holds any value) are allocated where they will stay; other sets use a copied template. Both are written out
// whole on purpose: a literal built from the other (a spread) is a copy again, without a site of its own.
const newCategorizedRow = (): Row => ({
  date: null,
  description: null,
  merchant: null,
  category: null,
  amount: null,
  currency: null,
  balance: null,
  merchantKey: null,
  kind: null,
  categorySource: null,
  confidence: null,
  id: null,
  accountId: null,
  importId: null,
});

const newCategorizedRowWithValueDate = (): Row => ({
  date: null,
  description: null,
  merchant: null,
  category: null,
  amount: null,
  currency: null,
  valueDate: null,
  balance: null,
  merchantKey: null,
  kind: null,
  categorySource: null,
  confidence: null,
  id: null,
  accountId: null,
  importId: null,
});

const ROW_MAKERS = [newCategorizedRow, newCategorizedRowWithValueDate].map((make) => ({
  fields: new Set(Object.keys(make())),
  make,
}));

/** The literal whose fields are exactly these, if any. */
function categorizedRowMaker(fields: readonly string[]): (() => Row) | undefined {
  const maker = ROW_MAKERS.find(
    (candidate) =>
      candidate.fields.size === fields.length && fields.every((field) => candidate.fields.has(field)),
  );
  return maker?.make;
}

/** The block with `soleImport` set when its rows all came from one import (also for blocks written before it existed). */
export function withSoleImport(block: TransactionBlock): TransactionBlock {
  const sole = soleNumber(block.columns.importId, block.count);
  return sole === undefined ? block : { ...block, soleImport: sole };
}

/** The number each of `count` rows holds in this column, when they all hold the same one. */
function soleNumber(column: PackedColumn | unknown[] | undefined, count: number): number | undefined {
  if (!column || count === 0) return undefined;
  if (!Array.isArray(column) && 'sequenceFrom' in column)
    return count === 1 ? column.sequenceFrom : undefined;
  if (!Array.isArray(column) && 'numberCodes' in column) {
    const { numberDictionary, numberCodes } = column;
    return numberDictionary.length === 1 && !numberCodes.includes(0) ? numberDictionary[0] : undefined;
  }
  const values = Array.isArray(column) ? column : 'numbers' in column ? column.numbers : [];
  const first = values[0];
  if (typeof first !== 'number' || values.length !== count) return undefined;
  for (let index = 1; index < values.length; index += 1) if (values[index] !== first) return undefined;
  return first;
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
