import { isoToDayNumber } from '../dates';
import type { Transaction } from '../types';

/**
 * Every stored transaction as compact columns (typed arrays + lookup lists), sorted by date then id. It is what
 * the dashboard computes from: one record that IndexedDB clones in a few milliseconds, where 100,000 separate
 * records take most of a second to read back.
 */
export interface TransactionColumns {
  length: number;
  /** Days since 1970-01-01. */
  day: Int32Array;
  amount: Float64Array;
  /** NaN where the bank gave no balance. */
  balance: Float64Array;
  accountId: Int32Array;
  /** Index into `categories`. */
  category: Uint16Array;
  /** Index into `merchants`. */
  merchant: Int32Array;
  /** Index into `currencies`. */
  currency: Uint8Array;
  /** Index into `kinds`. */
  kind: Uint8Array;
  categories: string[];
  merchants: string[];
  currencies: string[];
  kinds: string[];
  /**
   * The parts of split rows, so the category figures count a −100 row split 60/40 as 60 and 40 in their own
   * categories. Absent from analytics caches written before splits were counted (then read as no splits).
   */
  splits?: SplitColumns;
}

/** The columns recurring payments and unusual charges are found from (all a worker needs to be sent for them). */
export type MerchantColumns = Pick<
  TransactionColumns,
  | 'length'
  | 'day'
  | 'amount'
  | 'category'
  | 'merchant'
  | 'currency'
  | 'kind'
  | 'categories'
  | 'currencies'
  | 'kinds'
  | 'merchants'
>;

/** One entry per split part, ordered by row. */
export interface SplitColumns {
  /** Index of the row the part belongs to. */
  row: Int32Array;
  /** Index into `categories`. */
  category: Uint16Array;
  amount: Float64Array;
}

/** A split is used only when its parts add up to the row's amount (what the split dialog guarantees). */
function usableSplits(transaction: Transaction): { category: string; amount: number }[] | null {
  const splits = transaction.splits;
  if (!splits || splits.length === 0) return null;
  const total = splits.reduce((sum, part) => sum + part.amount, 0);
  return total === transaction.amount ? splits : null;
}

function indexer() {
  const list: string[] = [];
  const positions = new Map<string, number>();
  return {
    list,
    of(value: string) {
      let position = positions.get(value);
      if (position === undefined) {
        position = list.length;
        list.push(value);
        positions.set(value, position);
      }
      return position;
    },
  };
}

const byDateThenId = (a: Transaction, b: Transaction) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : (a.id ?? 0) - (b.id ?? 0);

/**
 * Date order, cheaply and a slice of work at a time (it yields after about `slice` rows read or merged): rows
 * usually come grouped by account, each group already chronological (the store's blocks), so the groups are
 * merged instead of sorting everything. Returns the rows in order.
 */
function* chronological(
  transactions: readonly Transaction[],
  slice: number,
): Generator<void, readonly Transaction[]> {
  const runs: Transaction[][] = [];
  let run: Transaction[] = [];
  let work = 0;
  for (const row of transactions) {
    const last = run[run.length - 1];
    if (last && byDateThenId(last, row) > 0) {
      runs.push(run);
      run = [];
    }
    run.push(row);
    if (++work >= slice) {
      work = 0;
      yield;
    }
  }
  if (run.length > 0) runs.push(run);
  if (runs.length <= 1) return runs[0] ?? [];
  if (runs.length > 64) return [...transactions].sort(byDateThenId);
  while (runs.length > 1) {
    const merged: Transaction[][] = [];
    for (let index = 0; index < runs.length; index += 2) {
      const left = runs[index] as Transaction[];
      const right = runs[index + 1];
      merged.push(right ? yield* mergeRuns(left, right, slice) : left);
    }
    runs.splice(0, runs.length, ...merged);
  }
  return runs[0] as Transaction[];
}

function* mergeRuns(
  left: readonly Transaction[],
  right: readonly Transaction[],
  slice: number,
): Generator<void, Transaction[]> {
  const out = new Array<Transaction>(left.length + right.length);
  let i = 0;
  let j = 0;
  let k = 0;
  let work = 0;
  while (i < left.length && j < right.length) {
    out[k++] = byDateThenId(left[i] as Transaction, right[j] as Transaction) <= 0 ? left[i++]! : right[j++]!;
    if (++work >= slice) {
      work = 0;
      yield;
    }
  }
  while (i < left.length) out[k++] = left[i++]!;
  while (j < right.length) out[k++] = right[j++]!;
  return out;
}

export function toColumns(transactions: readonly Transaction[]): TransactionColumns {
  const builder = columnsBuilder(transactions);
  while (!builder.step(Number.POSITIVE_INFINITY));
  return builder.result();
}

/** Rows per step when columns are built a slice at a time (about 15 ms here), the page getting turns between. */
export const COLUMNS_SLICE = 100_000;

/**
 * toColumns a slice of rows at a time: `step(count)` puts up to `count` more rows in date order or reads them
 * into the columns, and says whether all are read; `result()` then gives the columns.
 */
export function columnsBuilder(transactions: readonly Transaction[]) {
  let sorting: Generator<void, readonly Transaction[]> | null = null;
  let sorted: readonly Transaction[] | null = null;
  const length = transactions.length;
  const columns: TransactionColumns = {
    length,
    day: new Int32Array(length),
    amount: new Float64Array(length),
    balance: new Float64Array(length),
    accountId: new Int32Array(length),
    category: new Uint16Array(length),
    merchant: new Int32Array(length),
    currency: new Uint8Array(length),
    kind: new Uint8Array(length),
    categories: [],
    merchants: [],
    currencies: [],
    kinds: [],
  };
  const categories = indexer();
  const merchants = indexer();
  const currencies = indexer();
  const kinds = indexer();
  let lastDate = '';
  let lastDay = 0;
  let index = 0;
  const parts: { row: number; category: number; amount: number }[] = [];
  const step = (count: number): boolean => {
    if (!sorted) {
      sorting ??= chronological(transactions, count);
      const next = sorting.next();
      if (next.done) sorted = next.value;
      return false;
    }
    const end = Math.min(length, index + count);
    for (; index < end; index += 1) {
      const transaction = sorted[index] as Transaction;
      if (transaction.splits)
        for (const part of usableSplits(transaction) ?? [])
          parts.push({ row: index, category: categories.of(part.category), amount: part.amount });
      if (transaction.date !== lastDate) {
        lastDate = transaction.date;
        lastDay = isoToDayNumber(transaction.date);
      }
      columns.day[index] = lastDay;
      columns.amount[index] = transaction.amount;
      columns.balance[index] = transaction.balance ?? Number.NaN;
      columns.accountId[index] = transaction.accountId;
      columns.category[index] = categories.of(transaction.category);
      columns.merchant[index] = merchants.of(transaction.merchant);
      columns.currency[index] = currencies.of(transaction.currency);
      columns.kind[index] = kinds.of(transaction.kind ?? '');
    }
    return index >= length;
  };
  const result = (): TransactionColumns => {
    columns.categories = categories.list;
    columns.merchants = merchants.list;
    columns.currencies = currencies.list;
    columns.kinds = kinds.list;
    if (parts.length > 0) {
      columns.splits = {
        row: Int32Array.from(parts, (part) => part.row),
        category: Uint16Array.from(parts, (part) => part.category),
        amount: Float64Array.from(parts, (part) => part.amount),
      };
    }
    return columns;
  };
  return { step, result };
}
