import { useState } from 'react';
import type { Category } from '../../core/types';
import type { BulkChange } from '../../db/bulkEdits';
import { useI18n } from '../../i18n';
import { OptionList } from '../../ui/OptionList';

/** Shown while rows are selected: set their category, merchant name or note all at once (each undoable). */
export function BulkBar({
  count,
  categories,
  onApply,
  onClear,
}: {
  count: number;
  categories: readonly Category[];
  onApply: (change: BulkChange) => void;
  onClear: () => void;
}) {
  const { t } = useI18n();
  const [category, setCategory] = useState('');
  const [merchant, setMerchant] = useState('');
  const [note, setNote] = useState('');
  return (
    <div className="bulk-bar" role="group" aria-label={t('tx.bulk.selected', { count })}>
      <strong>{t('tx.bulk.selected', { count })}</strong>
      <span className="bulk-field">
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
          onClick={() => onApply({ category })}
        >
          {t('tx.bulk.apply')}
        </button>
      </span>
      <form
        className="bulk-field"
        onSubmit={(event) => {
          event.preventDefault();
          if (merchant.trim()) onApply({ merchant });
        }}
      >
        <input
          aria-label={t('views.bulk.merchant')}
          placeholder={t('views.bulk.merchant')}
          value={merchant}
          onChange={(e) => setMerchant(e.target.value)}
        />
        <button type="submit" className="button" disabled={!merchant.trim()}>
          {t('views.bulk.rename')}
        </button>
      </form>
      <form
        className="bulk-field"
        onSubmit={(event) => {
          event.preventDefault();
          onApply({ note });
        }}
      >
        <input
          aria-label={t('views.bulk.note')}
          placeholder={t('views.bulk.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit" className="button">
          {t('views.bulk.setNote')}
        </button>
      </form>
      <button type="button" className="button button-quiet" onClick={onClear}>
        {t('tx.bulk.clear')}
      </button>
    </div>
  );
}
