import {
  formatTransactionQuery,
  parseTransactionQuery,
  type TransactionQuery,
} from '../../core/workspace/txQuery';
import { EMPTY_FILTER, type FilterForm } from './filterForm';

/**
 * The filters a `#/transactions?…` link asks for; `shownAs` gives a merchant's name as the interface shows it (a
 * dashboard link names a generic merchant as stored, in English).
 */
export function formFromHash(
  hash: string,
  shownAs: (merchant: string) => string = (name) => name,
): FilterForm {
  const query = parseTransactionQuery(hash.includes('?') ? hash : '');
  return {
    ...EMPTY_FILTER,
    query: query.q ?? '',
    accountId: query.account !== undefined ? String(query.account) : '',
    category: query.category ?? '',
    merchant: query.merchant ? shownAs(query.merchant) : '',
    from: query.from ?? '',
    to: query.to ?? '',
    uncategorizedOnly: query.uncategorized ?? false,
    ids: query.ids?.join(',') ?? '',
    categories: query.categories?.join(',') ?? '',
    currency: query.currency ?? '',
    flow: query.flow ?? '',
    weekday: query.weekday !== undefined ? String(query.weekday) : '',
  };
}

/** The hash that reproduces `form` (amount bounds stay on the page: they depend on the typed text). */
export function hashFromForm(form: FilterForm): string {
  const query: TransactionQuery = {
    ...(form.accountId ? { account: Number(form.accountId) } : {}),
    ...(form.category ? { category: form.category } : {}),
    ...(form.merchant ? { merchant: form.merchant } : {}),
    ...(form.from ? { from: form.from } : {}),
    ...(form.to ? { to: form.to } : {}),
    ...(form.query ? { q: form.query } : {}),
    ...(form.ids ? { ids: form.ids.split(',').map(Number) } : {}),
    ...(form.categories ? { categories: form.categories.split(',') } : {}),
    ...(form.currency ? { currency: form.currency } : {}),
    ...(form.flow ? { flow: form.flow } : {}),
    ...(form.weekday ? { weekday: Number(form.weekday) } : {}),
    ...(form.uncategorizedOnly ? { uncategorized: true } : {}),
  };
  const search = formatTransactionQuery(query);
  return search ? `#/transactions?${search}` : '#/transactions';
}
