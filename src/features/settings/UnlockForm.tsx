import { useState } from 'react';
import { useI18n } from '../../i18n';

/** Asks for the passphrase of an encrypted backup the person chose, then restores it. */
export function UnlockForm({
  fileName,
  busy,
  onUnlock,
  onCancel,
}: {
  fileName: string;
  busy: boolean;
  onUnlock: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      className="unlock-form"
      aria-label={t('backup.unlockTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        if (passphrase !== '') onUnlock(passphrase);
      }}
    >
      <p>
        <strong>{t('backup.unlockTitle')}.</strong> {t('backup.unlockBody', { file: fileName })}
      </p>
      <div className="data-actions">
        <label className="field">
          <span>{t('backup.passphrase')}</span>
          <input
            type="password"
            autoComplete="current-password"
            value={passphrase}
            autoFocus
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </label>
        <button type="submit" className="button button-primary" disabled={busy || passphrase === ''}>
          {t('backup.unlock')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
