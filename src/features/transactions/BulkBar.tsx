import { useState } from 'react';
import type { Category } from '../../core/types';
import { useI18n } from '../../i18n';
import { OptionList } from '../../ui/OptionList';

/** Shown while rows are selected: recategorize them all at once. */
export function BulkBar({
  count,
  categories,
  onApply,
  onClear,
}: {
  count: number;
  categories: readonly Category[];
  onApply: (category: string) => void;
  onClear: () => void;
}) {
  const { t } = useI18n();
  const [category, setCategory] = useState('');
  return (
    <div className="bulk-bar" role="group" aria-label={t('tx.bulk.selected', { count })}>
      <strong>{t('tx.bulk.selected', { count })}</strong>
      <select
        aria-label={t('tx.bulk.category')}
        value={category}
        onChange={(e) => setCategory(e.target.value)}
      >
        <option value="" disabled>
          {t('tx.bulk.choose')}
        </option>
        <OptionList items={categories} />
      </select>
      <button
        type="button"
        className="button button-primary"
        disabled={!category}
        onClick={() => onApply(category)}
      >
        {t('tx.bulk.apply')}
      </button>
      <button type="button" className="button button-quiet" onClick={onClear}>
        {t('tx.bulk.clear')}
      </button>
    </div>
  );
}
