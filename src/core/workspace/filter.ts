import { TRANSFERS } from '../categories';
import { isoWeekday } from '../dates';
import { isAscii, toKey } from '../merchant/fold';
import type { Transaction } from '../types';
import { parseAmountInput } from './splits';

/** What the transactions table is narrowed to; every field is optional ("no constraint"). */
export interface TransactionFilter {
  query?: string;
  accountId?: number;
  category?: string;
  merchantKey?: string;
  /** Part of the merchant name (accent- and case-insensitive). */
  merchant?: string;
  from?: string;
  to?: string;
  /** Minor units, compared with the absolute amount. */
  minAmount?: number;
  maxAmount?: number;
  uncategorizedOnly?: boolean;
  /** Any of these categories (a chart's "Other" slice). */
  categories?: ReadonlySet<string>;
  /** ISO 4217 code: only rows in this currency. */
  currency?: string;
  /** Exactly these transactions (evidence links, drill-down from one charge). */
  ids?: ReadonlySet<number>;
  /** The merchant's name exactly (accent- and case-insensitive), as the dashboard groups it. */
  merchantName?: string;
  /** Money in or out, transfers between own accounts left out: the rows a dashboard total adds up. */
  flow?: 'in' | 'out';
  /** ISO weekday, 0 = Monday. */
  weekday?: number;
  /**
   * Merchant names (folded, as stored) the search text also finds: those the interface shows in another language
   * ("Cash Withdrawal" shown as "Retrait d’espèces" is found by "retrait").
   */
  searchMerchants?: ReadonlySet<string>;
}

export type SortKey = 'date' | 'amount' | 'merchant';
export interface Sort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

/** A transaction with the names the search also looks at. */
export interface SearchableTransaction extends Transaction {
  accountName: string;
  categoryName: string;
}

/** The payee key used to group a transaction with others of the same merchant. */
export function merchantKeyOf(tx: Pick<Transaction, 'merchantKey' | 'merchant'>): string {
  return tx.merchantKey || toKey(tx.merchant);
}

/**
 * Text as the search compares it: lower case, without accents, and in compatibility form (half-width kana and
 * full-width letters as typed on a keyboard: "ｽﾀｰﾊﾞｯｸｽ" is found by "スターバックス", "ＡＢＣ" by "abc").
 */
export function fold(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The folded text the search looks in: description, merchant, account, category and note. */
export function searchTextOf(tx: SearchableTransaction): string {
  return fold(`${tx.description} ${tx.merchant} ${tx.accountName} ${tx.categoryName} ${tx.note ?? ''}`);
}

/** Folded search text per row object, for callers that keep no texts of their own. */
const searchTexts = new WeakMap<object, string>();

function cachedSearchText(tx: SearchableTransaction): string {
  let text = searchTexts.get(tx);
  if (text === undefined) {
    text = searchTextOf(tx);
    searchTexts.set(tx, text);
  }
  return text;
}

/** A query that reads as an amount ("15.99", "15,99", "-15.99") also finds rows of that size, whatever the sign. */
function amountQuery(query: string): ((tx: Transaction) => boolean) | null {
  if (!/^[-+]?\d[\d\s.,]*$/.test(query)) return null;
  const byCurrency = new Map<string, number | null>();
  return (tx) => {
    let wanted = byCurrency.get(tx.currency);
    if (wanted === undefined) {
      wanted = parseAmountInput(query, tx.currency);
      byCurrency.set(tx.currency, wanted);
    }
    return wanted !== null && Math.abs(wanted) === Math.abs(tx.amount);
  };
}

function isUncategorized(tx: Transaction): boolean {
  return tx.category === 'uncategorized' && !(tx.splits && tx.splits.length > 0);
}

/** The search text once trimmed and folded ('' when there is none). */
export function searchNeedle(filter: TransactionFilter): string {
  return fold((filter.query ?? '').trim());
}

/**
 * Every constraint but the search text, as tests on one row: only the fields that are set, so a row is not
 * walked through a dozen empty checks (this runs for each of 100,000 rows per keystroke).
 */
function fieldTests(filter: TransactionFilter): ((tx: Transaction) => boolean)[] {
  const tests: ((tx: Transaction) => boolean)[] = [];
  const { ids, categories, flow, weekday, accountId, category, merchantKey, from, to } = filter;
  const { minAmount, maxAmount } = filter;
  const merchantNeedle = fold((filter.merchant ?? '').trim());
  const merchantName = fold((filter.merchantName ?? '').trim());
  if (ids) tests.push((tx) => ids.has(tx.id ?? -1));
  if (filter.currency) tests.push((tx) => tx.currency === filter.currency);
  if (categories)
    tests.push(
      (tx) =>
        categories.has(tx.category) || (tx.splits?.some((split) => categories.has(split.category)) ?? false),
    );
  if (flow) tests.push((tx) => tx.category !== TRANSFERS && (flow === 'in' ? tx.amount > 0 : tx.amount < 0));
  if (weekday !== undefined) tests.push((tx) => isoWeekday(tx.date) === weekday);
  if (merchantName) tests.push((tx) => fold(tx.merchant) === merchantName);
  if (accountId !== undefined) tests.push((tx) => tx.accountId === accountId);
  if (category)
    tests.push(
      (tx) => tx.category === category || (tx.splits?.some((split) => split.category === category) ?? false),
    );
  if (merchantKey) tests.push((tx) => merchantKeyOf(tx) === merchantKey);
  if (merchantNeedle) tests.push((tx) => fold(tx.merchant).includes(merchantNeedle));
  if (from) tests.push((tx) => tx.date >= from);
  if (to) tests.push((tx) => tx.date <= to);
  if (minAmount !== undefined) tests.push((tx) => Math.abs(tx.amount) >= minAmount);
  if (maxAmount !== undefined) tests.push((tx) => Math.abs(tx.amount) <= maxAmount);
  if (filter.uncategorizedOnly) tests.push(isUncategorized);
  return tests;
}

/**
 * The positions (ascending) of the rows that match. `textAt(index)` gives a row's folded search text (see
 * searchTextOf), so a caller that keeps the texts beside its rows saves a lookup per row. With `within`, only
 * those positions are tested: a narrower filter (see narrows) need not look at rows the wider one left out.
 * Undefined when nothing filters (every row matches).
 */
export function matchingPositions(
  rows: readonly Transaction[],
  filter: TransactionFilter,
  textAt: (index: number) => string,
  within?: Int32Array,
): Int32Array | undefined {
  const needle = searchNeedle(filter);
  const amountMatches = amountQuery(needle);
  const alsoNamed = filter.searchMerchants;
  const tests = fieldTests(filter);
  if (!needle && tests.length === 0) return undefined;
  const count = within ? within.length : rows.length;
  const found = new Int32Array(count);
  let size = 0;
  for (let at = 0; at < count; at += 1) {
    const index = within ? (within[at] as number) : at;
    const tx = rows[index] as Transaction;
    let keep = true;
    for (const test of tests)
      if (!test(tx)) {
        keep = false;
        break;
      }
    if (
      keep &&
      needle &&
      !textAt(index).includes(needle) &&
      !amountMatches?.(tx) &&
      !alsoNamed?.has(fold(tx.merchant))
    )
      keep = false;
    if (keep) found[size++] = index;
  }
  return found.slice(0, size);
}

/**
 * True when every row `next` keeps is one `previous` kept, so `next` can be applied to `previous`'s result
 * alone: the same constraints but a search text that contains the previous one (typing on). A search that reads
 * as an amount also finds rows by size, not by text, so it never narrows.
 */
export function narrows(previous: TransactionFilter, next: TransactionFilter): boolean {
  const before = searchNeedle(previous);
  const after = searchNeedle(next);
  if (!after.includes(before) || amountQuery(after) || amountQuery(before)) return false;
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)]);
  keys.delete('query');
  for (const key of keys) {
    const a = previous[key as keyof TransactionFilter];
    const b = next[key as keyof TransactionFilter];
    if (a === b) continue;
    if (a instanceof Set && b instanceof Set && a.size === b.size && [...a].every((value) => b.has(value)))
      continue;
    return false;
  }
  return true;
}

export function filterTransactions<T extends SearchableTransaction>(
  rows: readonly T[],
  filter: TransactionFilter,
): readonly T[] {
  const positions = matchingPositions(rows, filter, (index) => cachedSearchText(rows[index] as T));
  if (!positions) return rows;
  return Array.from(positions, (index) => rows[index] as T);
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compare(a: Transaction, b: Transaction, key: SortKey): number {
  // By size: the largest charge or credit first, whatever its sign ("-€1.44" is not a large amount).
  if (key === 'amount') return Math.abs(a.amount) - Math.abs(b.amount);
  if (key === 'merchant') return collator.compare(a.merchant, b.merchant);
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** The order of `sort`; ties keep the newest (highest id) first, so the order is total and stable across renders. */
export function sortOrder(sort: Sort): (a: Transaction, b: Transaction) => number {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return (a, b) =>
    sign * compare(a, b, sort.key) ||
    (b.date < a.date ? -1 : b.date > a.date ? 1 : 0) ||
    (b.id ?? 0) - (a.id ?? 0);
}

/** A sorted copy (see sortOrder). */
export function sortTransactions<T extends Transaction>(rows: readonly T[], sort: Sort): T[] {
  return [...rows].sort(sortOrder(sort));
}
