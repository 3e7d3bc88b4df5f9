/**
 * The transactions view's filters as URL parameters (`#/transactions?category=groceries&from=…`), so every
 * drill-down is a link, Back returns to it, and evidence elsewhere can point at exact rows.
 */
export interface TransactionQuery {
  account?: number;
  category?: string;
  /** Any of several categories (a chart's "Other" slice). */
  categories?: string[];
  /** A merchant's name exactly as shown. */
  merchant?: string;
  from?: string;
  to?: string;
  /** Search text (also matches amounts: "15.99"). */
  q?: string;
  ids?: number[];
  currency?: string;
  /** Money in or out, without transfers between own accounts (what dashboard totals add up). */
  flow?: 'in' | 'out';
  /** ISO weekday, 0 = Monday. */
  weekday?: number;
  uncategorized?: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CURRENCY = /^[A-Z]{3}$/;

/** Reads the part of a hash after `?`; anything malformed is left out rather than guessed. */
export function parseTransactionQuery(search: string): TransactionQuery {
  const params = new URLSearchParams(search.replace(/^[^?]*\?/, ''));
  const query: TransactionQuery = {};
  const account = Number(params.get('account'));
  if (params.has('account') && Number.isInteger(account)) query.account = account;
  const category = params.get('category');
  if (category) query.category = category;
  const categories = (params.get('categories') ?? '').split(',').filter(Boolean);
  if (categories.length > 0) query.categories = categories;
  const merchant = params.get('merchant');
  if (merchant) query.merchant = merchant;
  const from = params.get('from');
  if (from && ISO_DATE.test(from)) query.from = from;
  const to = params.get('to');
  if (to && ISO_DATE.test(to)) query.to = to;
  const q = params.get('q');
  if (q) query.q = q;
  const ids = (params.get('ids') ?? '')
    .split(',')
    .filter((part) => /^\d+$/.test(part))
    .map(Number);
  if (ids.length > 0) query.ids = ids;
  const currency = params.get('currency')?.toUpperCase();
  if (currency && CURRENCY.test(currency)) query.currency = currency;
  const flow = params.get('flow');
  if (flow === 'in' || flow === 'out') query.flow = flow;
  const weekday = Number(params.get('weekday'));
  if (params.has('weekday') && Number.isInteger(weekday) && weekday >= 0 && weekday <= 6)
    query.weekday = weekday;
  if (params.get('uncategorized') === '1') query.uncategorized = true;
  return query;
}

/** The query as `key=value&…` in a fixed order (empty when nothing filters). */
export function formatTransactionQuery(query: TransactionQuery): string {
  const params = new URLSearchParams();
  if (query.account !== undefined) params.set('account', String(query.account));
  if (query.category) params.set('category', query.category);
  if (query.categories && query.categories.length > 0) params.set('categories', query.categories.join(','));
  if (query.merchant) params.set('merchant', query.merchant);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.q) params.set('q', query.q);
  if (query.ids && query.ids.length > 0) params.set('ids', query.ids.join(','));
  if (query.currency) params.set('currency', query.currency);
  if (query.flow) params.set('flow', query.flow);
  if (query.weekday !== undefined) params.set('weekday', String(query.weekday));
  if (query.uncategorized) params.set('uncategorized', '1');
  return params.toString();
}

/** A link to the transactions view narrowed to `query`. */
export function transactionsHref(query: TransactionQuery): string {
  const search = formatTransactionQuery(query);
  return search ? `#/transactions?${search}` : '#/transactions';
}
