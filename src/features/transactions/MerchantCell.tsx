import { useState } from 'react';
import { useI18n, useMerchantLocalizer } from '../../i18n';
import type { TransactionRow } from './useTransactionRows';

/** The cleaned merchant name (click to rename inline) over the raw bank description. */
export function MerchantCell({
  row,
  onRename,
}: {
  row: TransactionRow;
  onRename: (row: TransactionRow, name: string) => void;
}) {
  const { t } = useI18n();
  const merchant = useMerchantLocalizer()(row.merchant);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(merchant);
  const finish = (save: boolean) => {
    setEditing(false);
    // Unchanged as shown is unchanged: a generic name shown in French is not a rename.
    if (save && draft.trim() && draft.trim() !== merchant) onRename(row, draft);
  };
  return (
    <span role="cell" className="tx-desc">
      {editing ? (
        <input
          className="tx-rename"
          aria-label={t('tx.renameInput', { merchant })}
          value={draft}
          autoFocus
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => finish(true)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') finish(true);
            if (event.key === 'Escape') finish(false);
          }}
        />
      ) : (
        <button
          type="button"
          className="tx-merchant"
          title={t('tx.raw', { description: row.description })}
          aria-label={t('tx.rename', { merchant })}
          onClick={() => {
            setDraft(merchant);
            setEditing(true);
          }}
        >
          {merchant}
        </button>
      )}
      <span className="tx-sub" title={row.description}>
        {row.description.trim() === row.merchant ? null : (
          <span className="tx-raw">
            {row.description}
            {' · '}
          </span>
        )}
        <span>
          {row.accountName}
          {row.pending ? ` · ${t('transactions.pending')}` : ''}
        </span>
        {row.note ? <span className="tx-note">{row.note}</span> : null}
      </span>
    </span>
  );
}
