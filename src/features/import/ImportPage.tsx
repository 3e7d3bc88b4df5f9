import { db } from '../../db/database';
import { undoImport } from '../../db/undoImport';
import { useI18n } from '../../i18n';
import { Card } from '../../ui/Card';
import { FileInput } from './FileInput';
import { useImportHistory } from './useImportHistory';

export function ImportPage() {
  const { t, locale } = useI18n();
  const history = useImportHistory();
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="page">
      <h1>{t('import.title')}</h1>
      <div className="drop-target">
        <p>{t('import.dropHint')}</p>
        <FileInput primary />
      </div>
      <Card title={t('import.history')}>
        {history && history.length === 0 ? <p className="muted">{t('import.noHistory')}</p> : null}
        <ul className="import-history">
          {(history ?? []).map((record) => (
            <li key={record.id}>
              <div>
                <strong>{record.fileName}</strong>{' '}
                <span className="muted">{t('import.into', { account: record.accountName })}</span>
                <div className="muted small">
                  {dateTime.format(record.createdAt)} ·{' '}
                  {t('import.historyRow', {
                    added: record.added,
                    duplicates: record.duplicates,
                    errors: record.errors,
                  })}
                </div>
              </div>
              {record.reliedOnBy.length > 0 ? (
                <p className="muted small undo-blocked" id={`undo-blocked-${record.id}`}>
                  {t('undo.blocked', { files: record.reliedOnBy.join(', ') })}
                </p>
              ) : null}
              <button
                type="button"
                className="button button-quiet"
                aria-label={t('import.undoImport', { file: record.fileName })}
                disabled={record.reliedOnBy.length > 0}
                {...(record.reliedOnBy.length > 0 ? { 'aria-describedby': `undo-blocked-${record.id}` } : {})}
                onClick={() => record.id !== undefined && void undoImport(db, record.id)}
              >
                {t('import.undo')}
              </button>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
