import type { IsoDate, Transaction } from '../../core/types';

/**
 * How transactions are stored physically: one IndexedDB record per account and month, holding that month's rows
 * as columns (one array per field). IndexedDB costs about the same per record whatever its size, so a block of
 * a thousand rows is written and read about as fast as one row, and columns of plain values clone faster than
 * arrays of objects.
 */
export interface TransactionBlock {
  /** `accountId:YYYY-MM`, see blockKey. */
  key: string;
  accountId: number;
  month: string;
  count: number;
  /** Field name → one value per row (undefined where the row has no such field). */
  columns: Record<string, unknown[]>;
}

export function blockKey(accountId: number, date: IsoDate): string {
  return `${accountId}:${date.slice(0, 7)}`;
}

/** Never stored: derived from date, amount and description when deduplicating. */
const DERIVED_FIELDS = new Set(['fingerprint']);

export function encodeBlock(key: string, rows: readonly Transaction[]): TransactionBlock {
  const [account = '0', month = ''] = key.split(':');
  const columns: Record<string, unknown[]> = {};
  rows.forEach((row, index) => {
    for (const field in row) {
      const value = (row as unknown as Record<string, unknown>)[field];
      if (value === undefined || DERIVED_FIELDS.has(field)) continue;
      const column = (columns[field] ??= new Array<unknown>(rows.length).fill(undefined));
      column[index] = value;
    }
  });
  return { key, accountId: Number(account), month, count: rows.length, columns };
}

export function decodeBlock(block: TransactionBlock): Transaction[] {
  const fields = Object.entries(block.columns);
  const rows = new Array<Transaction>(block.count);
  for (let index = 0; index < block.count; index += 1) {
    const row: Record<string, unknown> = {};
    for (const [field, values] of fields) {
      const value = values[index];
      if (value !== undefined) row[field] = value;
    }
    rows[index] = row as unknown as Transaction;
  }
  return rows;
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
