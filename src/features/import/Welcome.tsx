import { useEffect } from 'react';
import { useI18n } from '../../i18n';
import { warmUpImportWorker } from '../../worker/importClient';
import { FileInput } from './FileInput';
import { useImport } from './ImportProvider';

/** How long the page settles before the import worker warms up (the page's own first paint goes first). */
const SETTLE_MS = 1500;

/** The empty state: what Kept does, and the two ways in (drop/pick a statement, or try the sample data). */
export function Welcome() {
  const { t } = useI18n();
  const { loadSampleData, status } = useImport();
  const busy = status.state === 'working';
  useEffect(() => {
    // Nothing is stored yet: the person's next step is a file (or the sample data, read by the same worker).
    const timer = setTimeout(() => warmUpImportWorker(true), SETTLE_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="welcome">
      <div className="welcome-art" aria-hidden="true">
        <svg viewBox="0 0 120 80" width="160" height="107">
          <rect x="8" y="10" width="104" height="62" rx="10" className="welcome-art-card" />
          <polyline points="20,58 40,46 56,50 74,30 92,36 104,22" className="welcome-art-line" />
          <circle cx="104" cy="22" r="4" className="welcome-art-dot" />
        </svg>
      </div>
      <h1>{t('empty.title')}</h1>
      <p className="welcome-body">{t('empty.body')}</p>
      <div className="welcome-drop">
        <p className="welcome-drop-title">{t('empty.drop')}</p>
        <div className="welcome-actions">
          <FileInput primary />
          <span className="muted">{t('empty.or')}</span>
          <button type="button" className="button" disabled={busy} onClick={() => void loadSampleData()}>
            {t('empty.sample')}
          </button>
        </div>
      </div>
      <ul className="welcome-points">
        <li>{t('empty.point1')}</li>
        <li>{t('empty.point2')}</li>
        <li>{t('empty.point3')}</li>
      </ul>
    </div>
  );
}
