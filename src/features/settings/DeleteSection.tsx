import { useState } from 'react';
import { db } from '../../db/database';
import { deleteEverything } from '../../db/wipe';
import { useI18n } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { announceWipe } from './privacy/wipeEvents';

/** "Delete everything", confirmed in the app's own dialog. */
export function DeleteSection() {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  return (
    <section className="data-section">
      <p className="muted small">{t('settings.dataBody')}</p>
      <button
        type="button"
        className="button button-danger"
        onClick={() => {
          setMessage('');
          setConfirming(true);
        }}
      >
        {t('settings.deleteAll')}
      </button>
      {message ? (
        <p role="status" className="muted">
          {message}
        </p>
      ) : null}
      {confirming ? (
        <Dialog title={t('backup.deleteTitle')} open onClose={() => setConfirming(false)}>
          <p>{t('backup.deleteBody')}</p>
          <div className="dialog-actions">
            <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button-danger"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                try {
                  await deleteEverything(db, () => setMessage(t('writer.waiting')));
                  announceWipe();
                  setMessage(t('settings.deleted'));
                } catch (error) {
                  setMessage(
                    t('delete.failed', { reason: error instanceof Error ? error.message : String(error) }),
                  );
                } finally {
                  setBusy(false);
                  setConfirming(false);
                }
              }}
            >
              {t('backup.deleteConfirm')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
