import { useEffect, useId } from 'react';
import { useI18n } from '../../i18n';
import { warmUpImportWorker } from '../../worker/importClient';
import { useImport } from './ImportProvider';

/** How long the page settles before the import worker warms up (the page's own first paint goes first). */
const SETTLE_MS = 1500;

/** The file picker of DESIGN.md: `<input type="file" multiple>` whose accessible name contains "Import". */
export function FileInput({ primary = false }: { primary?: boolean }) {
  const { t } = useI18n();
  const { importFiles } = useImport();
  const id = useId();
  useEffect(() => {
    // A file picker on screen: a file is likely to come, and its import runs faster with the code compiled.
    const timer = setTimeout(() => warmUpImportWorker(true), SETTLE_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <label htmlFor={id} className={`button ${primary ? 'button-primary' : ''} file-button`}>
      {t('import.choose')}
      <input
        id={id}
        type="file"
        multiple
        accept=".csv,.txt,.tsv,text/csv,text/plain"
        aria-label={t('import.inputLabel')}
        className="visually-hidden"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = '';
          void importFiles(files);
        }}
      />
    </label>
  );
}
