import { useId, useState } from 'react';
import type { BackupEnvelope, BackupProblem } from '../../core/backup';
import { createBackup, hasUserData, restoreBackup, schemaVersion } from '../../db/backup';
import { db } from '../../db/database';
import { type MessageKey, useI18n } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { downloadBlob } from '../../ui/download';
import { encodeBackup, readBackupFile } from './backupFile';

type Outcome = { kind: 'busy' | 'done' | 'error'; text: string };

interface Pending {
  fileName: string;
  backup: BackupEnvelope;
}

function RestoreDialog({
  pending,
  onCancel,
  onConfirm,
}: {
  pending: Pending;
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

/** "Back up everything" and the "Restore" file input of DESIGN.md, with their messages. */
export function BackupSection() {
  const { t } = useI18n();
  const inputId = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const fail = (problem: BackupProblem | 'storage', message = '') =>
    setOutcome({
      kind: 'error',
      text: `${t(`backup.problem.${problem}` as MessageKey, { message })} ${t('backup.unchanged')}`,
    });

  const backUp = async () => {
    setOutcome({ kind: 'busy', text: t('backup.creating') });
    try {
      const { blob, fileName } = await encodeBackup(await createBackup(db));
      downloadBlob(fileName, blob);
      setOutcome({ kind: 'done', text: t('backup.saved', { file: fileName }) });
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
      fail('storage', error instanceof Error ? error.message : String(error));
    }
  };

  const choose = async (file: File) => {
    setOutcome({ kind: 'busy', text: t('backup.reading', { file: file.name }) });
    const reading = await readBackupFile(file, schemaVersion(db)).catch(
      () => ({ ok: false, problem: 'notJson' }) as const,
    );
    if (!reading.ok) return fail(reading.problem);
    if (await hasUserData(db)) {
      setOutcome(null);
      setPending({ fileName: file.name, backup: reading.backup });
    } else await restore(reading.backup);
  };

  return (
    <section className="data-section" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>{t('backup.title')}</h3>
      <p className="muted small">{t('backup.body')}</p>
      <div className="data-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={outcome?.kind === 'busy'}
          onClick={() => void backUp()}
        >
          {t('backup.create')}
        </button>
        <label htmlFor={inputId} className="button file-button">
          {t('backup.restore')}
          <input
            id={inputId}
            type="file"
            accept=".gz,.json,application/gzip,application/json"
            aria-label={t('backup.restoreLabel')}
            className="visually-hidden"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void choose(file);
            }}
          />
        </label>
      </div>
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
