import { type MessageKey, useI18n } from '../../i18n';
import type { FilterForm } from './filterForm';

/** Filters that only links set (exact rows, currency, money in/out, weekday), each shown with a way to remove it. */
export function LinkFilters({ form, onChange }: { form: FilterForm; onChange: (form: FilterForm) => void }) {
  const { t, locale } = useI18n();
  const chips: { key: keyof FilterForm; label: string }[] = [];
  if (form.ids) chips.push({ key: 'ids', label: t('views.chosen', { count: form.ids.split(',').length }) });
  if (form.categories)
    chips.push({
      key: 'categories',
      label: t('views.categoriesChip', { count: form.categories.split(',').length }),
    });
  if (form.currency)
    chips.push({ key: 'currency', label: t('views.inCurrency', { currency: form.currency }) });
  if (form.flow) chips.push({ key: 'flow', label: t(`views.flow.${form.flow}` as MessageKey) });
  if (form.weekday) {
    // Made only when a weekday filters: the page renders on every keystroke of a search.
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    chips.push({
      key: 'weekday',
      // 2024-01-01 was a Monday.
      label: t('views.onWeekday', {
        weekday: weekday.format(new Date(Date.UTC(2024, 0, 1 + Number(form.weekday)))),
      }),
    });
  }
  if (chips.length === 0) return null;
  return (
    <ul className="link-filters" data-testid="link-filters">
      {chips.map((chip) => (
        <li key={chip.key} className="filter-chip">
          {chip.label}
          <button
            type="button"
            className="chip-remove"
            aria-label={t('views.removeFilter', { name: chip.label })}
            onClick={() => onChange({ ...form, [chip.key]: '' })}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
