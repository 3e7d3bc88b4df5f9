import { TRANSFERS } from '../categories';
import { isoWeekday } from '../dates';
import { toKey } from '../merchant/fold';
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

// eslint-disable-next-line no-control-regex -- plain ASCII needs no accent folding (the common, fast case)
const ASCII = /^[\x00-\x7f]*$/;

export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Folded search text per row object: built once per loaded row, reused on every keystroke. */
const searchTexts = new WeakMap<object, string>();

function searchText(tx: SearchableTransaction): string {
  let text = searchTexts.get(tx);
  if (text === undefined) {
    text = fold(`${tx.description} ${tx.merchant} ${tx.accountName} ${tx.categoryName} ${tx.note ?? ''}`);
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

export function filterTransactions<T extends SearchableTransaction>(
  rows: readonly T[],
  filter: TransactionFilter,
): readonly T[] {
  const needle = fold((filter.query ?? '').trim());
  const amountMatches = amountQuery(needle);
  const merchantNeedle = fold((filter.merchant ?? '').trim());
  const merchantName = fold((filter.merchantName ?? '').trim());
  const active =
    needle ||
    merchantName ||
    filter.currency ||
    filter.categories ||
    filter.ids ||
    filter.flow ||
    filter.weekday !== undefined ||
    merchantNeedle ||
    filter.accountId !== undefined ||
    filter.category ||
    filter.merchantKey ||
    filter.from ||
    filter.to ||
    filter.minAmount !== undefined ||
    filter.maxAmount !== undefined ||
    filter.uncategorizedOnly;
  if (!active) return rows;
  return rows.filter((tx) => {
    if (filter.ids && !filter.ids.has(tx.id ?? -1)) return false;
    if (filter.currency && tx.currency !== filter.currency) return false;
    if (filter.categories) {
      const { categories } = filter;
      const inSplit = tx.splits?.some((split) => categories.has(split.category)) ?? false;
      if (!categories.has(tx.category) && !inSplit) return false;
    }
    if (filter.flow) {
      if (tx.category === TRANSFERS) return false;
      if (filter.flow === 'in' ? tx.amount <= 0 : tx.amount >= 0) return false;
    }
    if (filter.weekday !== undefined && isoWeekday(tx.date) !== filter.weekday) return false;
    if (merchantName && fold(tx.merchant) !== merchantName) return false;
    if (filter.accountId !== undefined && tx.accountId !== filter.accountId) return false;
    if (filter.category) {
      const inSplit = tx.splits?.some((split) => split.category === filter.category) ?? false;
      if (tx.category !== filter.category && !inSplit) return false;
    }
    if (filter.merchantKey && merchantKeyOf(tx) !== filter.merchantKey) return false;
    if (merchantNeedle && !fold(tx.merchant).includes(merchantNeedle)) return false;
    if (filter.from && tx.date < filter.from) return false;
    if (filter.to && tx.date > filter.to) return false;
    const abs = Math.abs(tx.amount);
    if (filter.minAmount !== undefined && abs < filter.minAmount) return false;
    if (filter.maxAmount !== undefined && abs > filter.maxAmount) return false;
    if (filter.uncategorizedOnly && !isUncategorized(tx)) return false;
    if (needle && !searchText(tx).includes(needle) && !amountMatches?.(tx)) return false;
    return true;
  });
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compare(a: Transaction, b: Transaction, key: SortKey): number {
  // By size: the largest charge or credit first, whatever its sign ("-€1.44" is not a large amount).
  if (key === 'amount') return Math.abs(a.amount) - Math.abs(b.amount);
  if (key === 'merchant') return collator.compare(a.merchant, b.merchant);
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** A sorted copy; ties keep the newest (highest id) first so the order is stable across renders. */
export function sortTransactions<T extends Transaction>(rows: readonly T[], sort: Sort): T[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * compare(a, b, sort.key) ||
      (b.date < a.date ? -1 : b.date > a.date ? 1 : 0) ||
      (b.id ?? 0) - (a.id ?? 0),
  );
}
