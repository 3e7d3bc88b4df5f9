import { useId, useState } from 'react';
import type { BackupEnvelope, BackupFileReading } from '../../core/backup';
import { createBackup, hasUserData, restoreBackup, schemaVersion } from '../../db/backup';
import { stopRunningWriter } from '../../db/writerLock';
import { db } from '../../db/database';
import { useI18n } from '../../i18n';
import { downloadBlob } from '../../ui/download';
import { encodeBackup, readBackupFile } from './backupFile';
import { refusalText } from './backupMessages';
import { type PendingRestore, RestoreDialog } from './RestoreDialog';
import { UnlockForm } from './UnlockForm';

type Outcome = { kind: 'busy' | 'done' | 'error'; text: string };

/**
 * "Back up everything" (encrypted when a passphrase is typed beside it) and the "Restore" file input of DESIGN.md,
 * with their messages. An encrypted file asks for its passphrase before anything is read; every refused file
 * changes nothing and says why.
 */
export function BackupSection() {
  const { t } = useI18n();
  const inputId = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [locked, setLocked] = useState<File | null>(null);

  const backUp = async () => {
    const encrypted = passphrase !== '';
    setOutcome({ kind: 'busy', text: t(encrypted ? 'backup.encrypting' : 'backup.creating') });
    try {
      const { blob, fileName } = await encodeBackup(await createBackup(db), new Date(), passphrase);
      downloadBlob(fileName, blob);
      setOutcome({
        kind: 'done',
        text: t(encrypted ? 'backup.savedEncrypted' : 'backup.saved', { file: fileName }),
      });
    } catch (error) {
      setOutcome({ kind: 'error', text: t('backup.failed', { message: String(error) }) });
    }
  };

  const restore = async (backup: BackupEnvelope) => {
    setPending(null);
    try {
      await restoreBackup(db, backup);
      setOutcome({
        kind: 'done',
        text: t('backup.restored', {
          accounts: backup.tables.accounts.length,
          transactions: backup.tables.transactions.length,
        }),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setOutcome({ kind: 'error', text: refusalText(t, 'storage', { message }) });
    }
  };

  /** What to do with a file once read: say why it is refused, or restore it (asking first over existing data). */
  const proceed = async (reading: BackupFileReading, file: File) => {
    if (!reading.ok && reading.problem === 'locked') {
      setOutcome(null);
      setLocked(file);
      return;
    }
    if (!reading.ok) {
      const { problem, ...extra } = reading;
      // A wrong passphrase may be typed again; any other refusal ends the unlocking.
      if (problem !== 'wrongPassphrase') setLocked(null);
      setOutcome({ kind: 'error', text: refusalText(t, problem, extra) });
      return;
    }
    setLocked(null);
    // An import still running would add rows after this check: stop it first, so the question is asked on what
    // will really be replaced.
    await stopRunningWriter();
    if (await hasUserData(db)) {
      setOutcome(null);
      setPending({ fileName: file.name, backup: reading.backup });
    } else await restore(reading.backup);
  };

  const choose = async (file: File) => {
    setLocked(null);
    setOutcome({ kind: 'busy', text: t('backup.reading', { file: file.name }) });
    await proceed(await readBackupFile(file, schemaVersion(db)), file);
  };

  const unlock = async (file: File, typed: string) => {
    setOutcome({ kind: 'busy', text: t('backup.unlocking') });
    await proceed(await readBackupFile(file, schemaVersion(db), typed), file);
  };

  return (
    <section className="data-section" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>{t('backup.title')}</h3>
      <p className="muted small">{t('backup.body')}</p>
      {locked ? (
        <UnlockForm
          fileName={locked.name}
          busy={outcome?.kind === 'busy'}
          onUnlock={(typed) => void unlock(locked, typed)}
          onCancel={() => {
            setLocked(null);
            setOutcome(null);
          }}
        />
      ) : (
        <div className="data-actions backup-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={outcome?.kind === 'busy'}
            onClick={() => void backUp()}
          >
            {t('backup.create')}
          </button>
          <label className="field backup-passphrase">
            <span>{t('backup.passphrase')}</span>
            <input
              type="password"
              autoComplete="new-password"
              value={passphrase}
              aria-describedby={`${inputId}-hint`}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </label>
          <label htmlFor={inputId} className="button file-button">
            {t('backup.restore')}
            <input
              id={inputId}
              type="file"
              accept=".gz,.json,.enc,application/gzip,application/json,application/octet-stream"
              aria-label={t('backup.restoreLabel')}
              className="visually-hidden"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (file) void choose(file);
              }}
            />
          </label>
          <p id={`${inputId}-hint`} className="muted small backup-hint">
            {t('backup.passphraseHint')}
          </p>
        </div>
      )}
      {outcome ? (
        <p
          data-testid="backup-status"
          data-state={outcome.kind}
          role={outcome.kind === 'error' ? 'alert' : 'status'}
          className={outcome.kind === 'error' ? 'data-error' : 'muted'}
        >
          {outcome.text}
        </p>
      ) : null}
      {pending ? (
        <RestoreDialog
          pending={pending}
          onCancel={() => setPending(null)}
          onConfirm={() => void restore(pending.backup)}
        />
      ) : null}
    </section>
  );
}
