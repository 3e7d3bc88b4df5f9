import { useState } from 'react';
import { db } from '../../db/database';
import { setTransactionNote } from '../../db/transactionEdits';
import { useI18n, useMerchantLocalizer } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import type { TransactionRow } from './useTransactionRows';

export function NoteDialog({ row, onClose }: { row: TransactionRow; onClose: () => void }) {
  const { t } = useI18n();
  const merchantName = useMerchantLocalizer();
  const [note, setNote] = useState(row.note ?? '');
  return (
    <Dialog title={t('note.title', { merchant: merchantName(row.merchant) })} open onClose={onClose}>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          await setTransactionNote(db, row.id, note);
          onClose();
        }}
      >
        <label className="field">
          <span>{t('note.label')}</span>
          <textarea rows={4} value={note} autoFocus onChange={(event) => setNote(event.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('note.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
