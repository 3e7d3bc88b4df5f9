import { memo } from 'react';
import type { Account, Category } from '../../core/types';
import { useI18n, useMerchantLocalizer } from '../../i18n';
import { EMPTY_FILTER, type FilterForm, isFiltered, type MerchantOption } from './filterForm';
import { OptionList } from '../../ui/OptionList';

/** Every merchant for the merchant field: thousands of options, so not rendered again on each keystroke. */
const MerchantOptions = memo(function MerchantOptions({
  merchants,
}: {
  merchants: readonly MerchantOption[];
}) {
  const merchantName = useMerchantLocalizer();
  return (
    <datalist id="merchant-options">
      {merchants.map((merchant) => (
        <option key={merchant.key} value={merchantName(merchant.name)} />
      ))}
    </datalist>
  );
});

/** The filter fields (memoized: the page renders again when the search results arrive, the fields need not). */
export const FilterBar = memo(function FilterBar({
  form,
  onChange,
  merchants,
  accounts,
  categories,
}: {
  form: FilterForm;
  onChange: (form: FilterForm) => void;
  merchants: readonly MerchantOption[];
  accounts: readonly Account[];
  categories: readonly Category[];
}) {
  const { t } = useI18n();
  const set = <K extends keyof FilterForm>(key: K, value: FilterForm[K]) =>
    onChange({ ...form, [key]: value });
  return (
    <div className="filter-bar" role="group" aria-label={t('tx.filters')}>
      <label className="field">
        <span>{t('tx.filter.account')}</span>
        <select value={form.accountId} onChange={(e) => set('accountId', e.target.value)}>
          <option value="">{t('tx.filter.allAccounts')}</option>
          <OptionList items={accounts} />
        </select>
      </label>
      <label className="field">
        <span>{t('tx.filter.category')}</span>
        <select value={form.category} onChange={(e) => set('category', e.target.value)}>
          <option value="">{t('tx.filter.allCategories')}</option>
          <OptionList items={categories} />
        </select>
      </label>
      <label className="field field-wide">
        <span>{t('tx.filter.merchant')}</span>
        <input
          type="search"
          list="merchant-options"
          placeholder={t('tx.filter.allMerchants')}
          value={form.merchant}
          onChange={(e) => set('merchant', e.target.value)}
        />
        <MerchantOptions merchants={merchants} />
      </label>
      <label className="field">
        <span>{t('tx.filter.from')}</span>
        <input type="date" value={form.from} onChange={(e) => set('from', e.target.value)} />
      </label>
      <label className="field">
        <span>{t('tx.filter.to')}</span>
        <input type="date" value={form.to} onChange={(e) => set('to', e.target.value)} />
      </label>
      <label className="field field-narrow">
        <span>{t('tx.filter.min')}</span>
        <input inputMode="decimal" value={form.min} onChange={(e) => set('min', e.target.value)} />
      </label>
      <label className="field field-narrow">
        <span>{t('tx.filter.max')}</span>
        <input inputMode="decimal" value={form.max} onChange={(e) => set('max', e.target.value)} />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={form.uncategorizedOnly}
          onChange={(e) => set('uncategorizedOnly', e.target.checked)}
        />
        {t('tx.filter.uncategorized')}
      </label>
      {isFiltered(form) ? (
        <button type="button" className="button button-quiet" onClick={() => onChange(EMPTY_FILTER)}>
          {t('tx.filter.clear')}
        </button>
      ) : null}
    </div>
  );
});
