import { useI18n, useMerchantLocalizer } from '../../i18n';
import type { TransactionRow } from './useTransactionRows';

/** Split and note buttons at the end of a row (icons with accessible names). */
export function RowActions({
  row,
  onSplit,
  onNote,
}: {
  row: TransactionRow;
  onSplit: (row: TransactionRow) => void;
  onNote: (row: TransactionRow) => void;
}) {
  const { t } = useI18n();
  const merchantName = useMerchantLocalizer();
  return (
    <span role="cell" className="tx-actions">
      <button
        type="button"
        className="icon-button"
        aria-label={t('tx.splitFor', { merchant: merchantName(row.merchant) })}
        title={t('tx.splitFor', { merchant: merchantName(row.merchant) })}
        onClick={() => onSplit(row)}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M4 4h4l4 6h4M12 10l-4 6H4M14 8l2 2-2 2" />
        </svg>
      </button>
      <button
        type="button"
        className={`icon-button ${row.note ? 'icon-button-on' : ''}`}
        aria-label={t('tx.noteFor', { merchant: merchantName(row.merchant) })}
        title={row.note || t('tx.noteFor', { merchant: merchantName(row.merchant) })}
        onClick={() => onNote(row)}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M5 3h7l3 3v11H5zM8 9h5M8 12h5" />
        </svg>
      </button>
    </span>
  );
}
