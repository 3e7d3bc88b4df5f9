import { useId } from 'react';
import { useI18n } from '../../i18n';
import { warmUpImportWorker } from '../../worker/importClient';
import { useImport } from './ImportProvider';

/** The pointer or the keyboard reaches the picker: a file is about to come (see warmUpImportWorker). */
const aboutToChoose = () => warmUpImportWorker(true);

/** The file picker of DESIGN.md: `<input type="file" multiple>` whose accessible name contains "Import". */
export function FileInput({ primary = false }: { primary?: boolean }) {
  const { t } = useI18n();
  const { importFiles } = useImport();
  const id = useId();
  return (
    <label
      htmlFor={id}
      className={`button ${primary ? 'button-primary' : ''} file-button`}
      onPointerEnter={aboutToChoose}
      onFocus={aboutToChoose}
    >
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
