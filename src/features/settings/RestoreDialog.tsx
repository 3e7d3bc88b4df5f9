import type { BackupEnvelope } from '../../core/backup';
import { useI18n } from '../../i18n';
import { Dialog } from '../../ui/Dialog';

export interface PendingRestore {
  fileName: string;
  backup: BackupEnvelope;
}

/** Restoring over existing data replaces everything: asked first, with what the backup holds. */
export function RestoreDialog({
  pending,
  onCancel,
  onConfirm,
}: {
  pending: PendingRestore;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t, locale } = useI18n();
  const { tables, exportedAt } = pending.backup;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(exportedAt),
  );
  return (
    <Dialog title={t('backup.confirmTitle')} open onClose={onCancel}>
      <p>{t('backup.confirmBody', { file: pending.fileName })}</p>
      <p className="muted">
        {t('backup.confirmSummary', {
          date,
          accounts: tables.accounts.length,
          transactions: tables.transactions.length,
        })}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button-danger" onClick={onConfirm}>
          {t('backup.confirmReplace')}
        </button>
      </div>
    </Dialog>
  );
}
