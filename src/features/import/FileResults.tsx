import type { MessageKey } from '../../i18n';
import { useI18n } from '../../i18n';
import { useNarrow } from '../../ui/useNarrow';
import { useImport } from './ImportProvider';
import type { FileOutcome } from './importState';
import { readingLine } from './readingLine';

/** One line per file: where it went and what it added, or why nothing was (in a warning style). */
export function FileResults({ files }: { files: readonly FileOutcome[] }) {
  const { t } = useI18n();
  const { readDifferently } = useImport();
  const narrow = useNarrow();
  const allImported = files.every((file) => file.status === 'imported');
  const list = (
    <ul className="file-results" data-testid="import-files">
      {files.map((file, index) => (
        <li
          key={`${file.fileName}-${index}`}
          className={`file-result is-${file.status}`}
          data-testid="import-file"
          data-status={file.status}
          data-added={file.added}
        >
          <span className="file-result-icon" aria-hidden="true">
            {file.status === 'imported' ? '✓' : '!'}
          </span>
          <span className="file-result-name">{file.fileName}</span>
          <span className="file-result-detail">
            {file.status === 'imported'
              ? t('views.import.fileDone', {
                  account: file.accountName ?? '',
                  added: file.added ?? 0,
                  duplicates: file.duplicates ?? 0,
                  errors: file.errors ?? 0,
                })
              : file.message?.startsWith('error.')
                ? t(file.message as MessageKey, { size: '200 MB', message: file.detail ?? '' })
                : (file.message ?? '')}
          </span>
          {file.reading ? (
            <span className="file-result-reading" data-testid="import-reading">
              {file.replaced
                ? t('reading.replaced', { file: file.fileName, added: file.added ?? 0 })
                : readingLine(file.reading, t)}
            </span>
          ) : null}
          {file.file ? (
            <button
              type="button"
              className="button button-quiet file-result-again"
              aria-label={`${t('views.import.readDifferently')} ${file.fileName}`}
              onClick={() => file.file && void readDifferently(file.file, file.importId)}
            >
              {t('views.import.readDifferently')}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
  // A run that went well keeps its per-file lines one tap away on a phone, or past three files on a laptop (the
  // banner would push the page down by two lines a file); a problem is always shown.
  if (!allImported || (!narrow && files.length <= 3)) return list;
  return (
    <details className="file-results-details">
      <summary>{t('views.import.perFile', { count: files.length })}</summary>
      {list}
    </details>
  );
}
