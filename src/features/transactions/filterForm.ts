import { GENERIC_MERCHANTS } from '../../core/merchant/genericNames';
import type { TransactionFilter } from '../../core/workspace/filter';
import { fold } from '../../core/workspace/filter';
import type { MerchantIndex } from '../../core/workspace/merchantIndex';
import { parseAmountInput } from '../../core/workspace/splits';

/** The filter bar's fields as typed. */
export interface FilterForm {
  query: string;
  accountId: string;
  category: string;
  merchant: string;
  from: string;
  to: string;
  min: string;
  max: string;
  uncategorizedOnly: boolean;
  /** From a link only (drill-down, evidence): exact transaction ids, comma-separated. */
  ids: string;
  /** From a link only: several category ids, comma-separated. */
  categories: string;
  currency: string;
  flow: '' | 'in' | 'out';
  /** ISO weekday 0–6, or ''. */
  weekday: string;
}

export const EMPTY_FILTER: FilterForm = {
  query: '',
  accountId: '',
  category: '',
  merchant: '',
  from: '',
  to: '',
  min: '',
  max: '',
  uncategorizedOnly: false,
  ids: '',
  categories: '',
  currency: '',
  flow: '',
  weekday: '',
};

export function isFiltered(form: FilterForm): boolean {
  return (Object.keys(EMPTY_FILTER) as (keyof FilterForm)[]).some((key) => form[key] !== EMPTY_FILTER[key]);
}

/** How many fields narrow the list (shown on the phone's Filters button). */
export function activeFilterCount(form: FilterForm): number {
  return (Object.keys(EMPTY_FILTER) as (keyof FilterForm)[]).filter(
    (key) => key !== 'query' && form[key] !== EMPTY_FILTER[key],
  ).length;
}

/**
 * The typed filters → a TransactionFilter. A merchant typed exactly as one of `merchants` is named, stored or as
 * `shownAs` shows it, filters on that name (as the dashboard groups merchants, accents and case aside); other text
 * filters on part of the name.
 */
export function toFilter(
  form: FilterForm,
  currency: string,
  merchants: readonly MerchantOption[],
  shownAs: (merchant: string) => string = (name) => name,
): TransactionFilter {
  const typed = fold(form.merchant.trim());
  const searchMerchants = shownInOtherWords(fold(form.query.trim()), shownAs);
  const exact = typed
    ? merchants.find((option) => fold(option.name) === typed || fold(shownAs(option.name)) === typed)
    : undefined;
  const min = form.min.trim() ? parseAmountInput(form.min, currency) : null;
  const max = form.max.trim() ? parseAmountInput(form.max, currency) : null;
  return {
    query: form.query,
    ...(form.accountId ? { accountId: Number(form.accountId) } : {}),
    ...(form.category ? { category: form.category } : {}),
    ...(exact ? { merchantName: fold(exact.name) } : typed ? { merchant: typed } : {}),
    ...(form.from ? { from: form.from } : {}),
    ...(form.to ? { to: form.to } : {}),
    ...(min !== null ? { minAmount: Math.abs(min) } : {}),
    ...(max !== null ? { maxAmount: Math.abs(max) } : {}),
    uncategorizedOnly: form.uncategorizedOnly,
    ...(form.ids ? { ids: new Set(form.ids.split(',').map(Number)) } : {}),
    ...(form.categories ? { categories: new Set(form.categories.split(',')) } : {}),
    ...(form.currency ? { currency: form.currency } : {}),
    ...(form.flow ? { flow: form.flow } : {}),
    ...(form.weekday ? { weekday: Number(form.weekday) } : {}),
    ...(searchMerchants ? { searchMerchants } : {}),
  };
}

/** The generic merchant names (folded) whose name as shown, not as stored, holds `needle`. */
function shownInOtherWords(
  needle: string,
  shownAs: (merchant: string) => string,
): ReadonlySet<string> | undefined {
  if (!needle) return undefined;
  const names = Object.values(GENERIC_MERCHANTS)
    .filter((name) => shownAs(name) !== name && fold(shownAs(name)).includes(needle))
    .map(fold);
  return names.length > 0 ? new Set(names) : undefined;
}

/** Distinct merchants (by payee key) sorted by name, for the merchant filter. */
export interface MerchantOption {
  key: string;
  name: string;
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base' });

export function merchantOptions(index: MerchantIndex): MerchantOption[] {
  return [...index]
    .map(([key, entry]) => ({ key, name: entry.name }))
    .sort((a, b) => byName.compare(a.name, b.name));
}
