import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../db/database';
import { clearSampleData } from '../../db/sampleData';
import { UndoRefusedError } from '../../db/undoImport';
import { useI18n } from '../../i18n';

/** Says when sample statements are stored, and removes them (only them) on request. */
export function SampleDataNotice() {
  const { t } = useI18n();
  const samples = useLiveQuery(() => db.imports.filter((record) => record.sample === true).count(), []);
  const [message, setMessage] = useState('');
  if (!samples && !message) return null;
  return (
    <div className="sample-notice" role="status">
      {samples ? (
        <>
          <span>{t('sample.notice')}</span>{' '}
          <button
            type="button"
            className="button button-quiet"
            onClick={async () => {
              try {
                await clearSampleData(db);
                setMessage(t('sample.cleared'));
              } catch (error) {
                if (!(error instanceof UndoRefusedError)) throw error;
                setMessage(
                  t('undo.refused', { files: error.blockers.map((record) => record.fileName).join(', ') }),
                );
              }
            }}
          >
            {t('sample.clear')}
          </button>
        </>
      ) : null}
      {message ? <span>{message}</span> : null}
    </div>
  );
}
