import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReadingProfile, StatementReading } from '../../core/import/types';
import { db } from '../../db/database';
import { undoImport, UndoRefusedError } from '../../db/undoImport';
import { withWriterLock } from '../../db/writerLock';
import { markSampleImports } from '../../db/sampleData';
import { type MessageKey, useI18n } from '../../i18n';
import type { ImportState } from './importState';
import { warmUpImportWorker } from '../../worker/importClient';
import { cancelImport } from './readFile';
import { type ReviewAnswer, runImports, type RunOptions } from './runImports';

interface ImportApi {
  status: ImportState;
  /** Files dropped during the current import, waiting for it. */
  queued: number;
  /** How many import runs have started (lets observers tell a new result from the previous one). */
  runs: number;
  importFiles: (files: readonly File[]) => Promise<void>;
  /** Imports one file again, opening the review of how it is read first. */
  /** Opens the review for a file again; a confirmed reading replaces what `importId` stored. */
  readDifferently: (file: File, importId?: number) => Promise<void>;
  loadSampleData: () => Promise<void>;
  undoLast: () => Promise<void>;
  cancel: () => void;
  dismiss: () => void;
}

const ImportContext = createContext<ImportApi | null>(null);

/** The files "Try with sample data" made: their imports are marked as sample data. */
const sampleFiles = new WeakSet<File>();

/** The sample statements' names in the interface language: a file's name names its account. */
const SAMPLE_NAMES: Readonly<Record<string, MessageKey>> = {
  'current-account.csv': 'sample.currentAccount',
  'savings-account.csv': 'sample.savingsAccount',
};

async function fetchSampleFiles(t: (key: MessageKey) => string): Promise<File[]> {
  const base = import.meta.env.BASE_URL;
  const manifest = (await (await fetch(`${base}samples/manifest.json`)).json()) as { files: string[] };
  return Promise.all(
    manifest.files.map(async (name) => {
      const key = SAMPLE_NAMES[name];
      const shownName = key ? `${t(key)}.csv` : name;
      const file = new File([await (await fetch(`${base}samples/${name}`)).blob()], shownName);
      sampleFiles.add(file);
      return file;
    }),
  );
}

export function ImportProvider({ children }: { children: ReactNode }) {
  // A file that names no currency is guessed to be in the currency of the browser's region.
  const { browserLocale: locale, t } = useI18n();
  const [status, setStatus] = useState<ImportState>({ state: 'idle' });
  const [runs, setRuns] = useState(0);
  const [queued, setQueued] = useState(0);
  const busy = useRef(false);

  useEffect(() => {
    // Once the page has settled, get the import worker and its merchant dictionary ready.
    const timer = setTimeout(warmUpImportWorker, 1500);
    return () => clearTimeout(timer);
  }, []);

  const review = useCallback(
    (file: File, reading: StatementReading) =>
      new Promise<ReviewAnswer | null>((resolve) => {
        const answer = (profile: ReadingProfile | null, currency?: string) => {
          setStatus({ state: 'working', stage: 'reading', fileName: file.name, fileIndex: 0, fileCount: 1 });
          resolve(profile ? { profile, ...(currency ? { currency } : {}) } : null);
        };
        setStatus({ state: 'needs-review', fileName: file.name, review: { file, reading, resolve: answer } });
      }),
    [],
  );

  const queue = useRef<File[]>([]);

  const importFiles = useCallback(
    async (files: readonly File[], options: RunOptions = {}) => {
      if (files.length === 0) return;
      if (busy.current) {
        // Files dropped while an import runs wait their turn instead of being lost.
        queue.current.push(...files);
        setQueued(queue.current.length);
        return;
      }
      busy.current = true;
      try {
        let next: readonly File[] = files;
        while (next.length > 0) {
          const batch = next;
          // The previous run's result gives way at once, in the same render as the new run's number: nothing
          // may read the old "done" as this run's.
          setRuns((count) => count + 1);
          setStatus({
            state: 'working',
            stage: 'reading',
            fileName: batch[0]?.name ?? '',
            fileIndex: 0,
            fileCount: batch.length,
          });
          const sample = batch.some((file) => sampleFiles.has(file));
          const setState = (state: ImportState) => {
            setStatus(state);
            if (sample && state.state === 'done') void markSampleImports(db, state.importIds);
          };
          const run = options;
          await withWriterLock(() => runImports(batch, { setState, review, locale }, run), {
            cancel: cancelImport,
            onWait: () =>
              setStatus({
                state: 'working',
                stage: 'waiting',
                fileName: '',
                fileIndex: 0,
                fileCount: batch.length,
              }),
          });
          next = queue.current.splice(0);
          options = {};
          setQueued(0);
        }
      } finally {
        busy.current = false;
      }
    },
    [review, locale],
  );

  const api = useMemo<ImportApi>(
    () => ({
      status,
      queued,
      runs,
      importFiles: (files: readonly File[]) => importFiles(files),
      readDifferently: (file: File, importId?: number) =>
        importFiles([file], {
          forceReview: true,
          ...(importId === undefined ? {} : { replaceImportId: importId }),
        }),
      loadSampleData: async () => importFiles(await fetchSampleFiles(t)),
      undoLast: async () => {
        if (status.state !== 'done') return;
        try {
          for (const id of [...status.importIds].reverse()) await undoImport(db, id);
          setStatus({ state: 'idle' });
        } catch (error) {
          if (!(error instanceof UndoRefusedError)) throw error;
          setStatus({ ...status, undoRefusedBy: error.blockers.map((record) => record.fileName) });
        }
      },
      cancel: () => {
        if (status.state === 'needs-review') status.review.resolve(null);
        cancelImport();
      },
      dismiss: () => {
        if (status.state === 'done' || status.state === 'error') setStatus({ state: 'idle' });
      },
    }),
    [status, runs, queued, importFiles, t],
  );

  return <ImportContext.Provider value={api}>{children}</ImportContext.Provider>;
}

export function useImport(): ImportApi {
  const context = useContext(ImportContext);
  if (!context) throw new Error('useImport must be used inside ImportProvider');
  return context;
}
