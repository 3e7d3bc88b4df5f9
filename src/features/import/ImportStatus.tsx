import { useEffect, useRef } from 'react';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../../i18n';
import { ProgressBar } from '../../ui/ProgressBar';
import { FileResults } from './FileResults';
import { useImport } from './ImportProvider';
import type { FileProblem, ImportState } from './importState';

function problemText(problem: FileProblem, t: ReturnType<typeof useI18n>['t']) {
  const message = problem.message.startsWith('error.')
    ? t(problem.message as MessageKey, { size: '200 MB', message: problem.detail ?? '' })
    : problem.message;
  return t('status.error', { file: problem.fileName, message });
}

function statusData(status: ImportState) {
  if (status.state !== 'done') return {};
  return {
    'data-added': status.added,
    'data-duplicates': status.duplicates,
    'data-errors': status.errors,
  };
}

/** The import status line of DESIGN.md: `data-state` plus counts once done, and the same in words. */
export function ImportStatus() {
  const { t, numberLocale } = useI18n();
  const { status, runs, queued, undoLast, cancel, dismiss } = useImport();
  const hidden = status.state === 'idle';
  const warning = (status.state === 'done' && status.problems.length > 0) || status.state === 'error';
  const files = status.state === 'done' || status.state === 'error' ? (status.files ?? []) : [];
  const box = useRef<HTMLDivElement>(null);
  const finished = status.state === 'done' || status.state === 'error';
  useEffect(() => {
    // After an import, focus lands on its result unless the person has moved on to something else.
    const active = document.activeElement;
    const lost = !active || active === document.body || (active as HTMLInputElement).type === 'file';
    if (finished && lost) box.current?.focus();
  }, [finished, runs]);
  return (
    <div
      ref={box}
      tabIndex={-1}
      data-testid="import-status"
      data-state={status.state}
      data-run={runs}
      {...statusData(status)}
      className={`import-status import-status-${status.state}${warning ? ' import-status-warning' : ''} ${hidden ? 'visually-hidden' : ''}`}
      role="status"
      aria-live="polite"
    >
      {status.state === 'idle' ? t('status.idle') : null}
      {status.state === 'working' ? (
        <div className="import-status-row">
          <span>
            {status.stage === 'waiting'
              ? t('writer.waiting')
              : t(status.stage === 'reading' ? 'status.stage.reading' : 'status.stage.saving', {
                  file: status.fileName,
                })}
            {status.fileCount > 1 ? ` (${status.fileIndex + 1}/${status.fileCount})` : ''}
            {status.fraction !== undefined
              ? ` ${new Intl.NumberFormat(numberLocale, { style: 'percent' }).format(status.fraction)}`
              : ''}
          </span>
          <ProgressBar
            label={t('status.working', { file: status.fileName })}
            {...(status.fraction !== undefined || status.fileCount > 1
              ? { value: (status.fileIndex + (status.fraction ?? 0)) / status.fileCount }
              : {})}
          />
          <button type="button" className="button button-quiet" onClick={cancel}>
            {t('import.cancel')}
          </button>
        </div>
      ) : null}
      {queued > 0 ? <p className="small">{t('import.queued', { count: queued })}</p> : null}
      {status.state === 'needs-review' ? t('status.needsReview', { file: status.fileName }) : null}
      {status.state === 'done' ? (
        <div className="import-status-row">
          <span>
            {status.sameFileAgain && status.added === 0
              ? t('status.sameFile')
              : t('status.done', {
                  added: status.added,
                  duplicates: status.duplicates,
                  errors: status.errors,
                })}
            {status.transfers > 0 ? ` ${t('status.transfers', { count: status.transfers })}` : ''}
            {status.undoRefusedBy ? ` ${t('undo.refused', { files: status.undoRefusedBy.join(', ') })}` : ''}
          </span>
          {status.added > 0 ? (
            <button type="button" className="button button-quiet" onClick={() => void undoLast()}>
              {t('import.undo')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button-quiet"
            onClick={dismiss}
            aria-label={t('import.dismiss')}
          >
            ×
          </button>
        </div>
      ) : null}
      {status.state === 'done' ? <FileResults files={files} /> : null}
      {status.state === 'done' && status.rejected.length > 0 ? (
        <details className="import-status-details">
          <summary>{t('status.rejectedRows')}</summary>
          <ul>
            {status.rejected.slice(0, 50).map((line) => (
              <li key={`${line.fileName}:${line.line}`}>
                {line.fileName} — {t('status.line', { line: line.line, message: line.message })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {status.state === 'error' ? (
        <div className="import-status-row">
          {files.length > 0 ? (
            <FileResults files={files} />
          ) : (
            <span>{status.problems.map((problem) => problemText(problem, t)).join(' ')}</span>
          )}
          <button
            type="button"
            className="button button-quiet"
            onClick={dismiss}
            aria-label={t('import.dismiss')}
          >
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
