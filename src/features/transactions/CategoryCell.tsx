import { useMemo } from 'react';
import type { Category } from '../../core/types';
import { useI18n, useMerchantLocalizer } from '../../i18n';
import type { TransactionRow } from './useTransactionRows';
import { ConfirmSelect } from '../../ui/ConfirmSelect';
import { OptionList } from '../../ui/OptionList';
import { WhyCategory } from './why/WhyCategory';

/** The category as an inline select, or a "Split in N" chip that opens the split dialog. */
export function CategoryCell({
  row,
  categories,
  onChange,
  onSplit,
}: {
  row: TransactionRow;
  categories: readonly Category[];
  onChange: (row: TransactionRow, category: string) => void;
  onSplit: (row: TransactionRow) => void;
}) {
  const { t } = useI18n();
  const merchantName = useMerchantLocalizer();
  // The same element while the categories are the same: React then skips the long list when the row changes.
  const options = useMemo(() => <OptionList items={categories} />, [categories]);
  if (row.splits?.length) {
    return (
      <span role="cell">
        <button type="button" className="category-chip chip-button split-chip" onClick={() => onSplit(row)}>
          {t('tx.splitBadge', { count: row.splits.length })}
        </button>
      </span>
    );
  }
  const known = categories.some((category) => category.id === row.category);
  return (
    <span
      role="cell"
      className="tx-category"
      style={{ ['--chip' as string]: row.categoryInfo?.color ?? '#999' }}
    >
      <ConfirmSelect
        className="category-select"
        aria-label={t('tx.categoryFor', { merchant: merchantName(row.merchant) })}
        value={row.category}
        data-source={row.categorySource ?? ''}
        onConfirm={(category) => onChange(row, category)}
      >
        {known ? null : <option value={row.category}>{row.category}</option>}
        {options}
      </ConfirmSelect>
      <WhyCategory key={row.id} row={row} category={row.categoryInfo} />
    </span>
  );
}
