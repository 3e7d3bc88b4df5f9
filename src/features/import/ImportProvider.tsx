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
import { undoImport } from '../../db/importBatch';
import { useI18n } from '../../i18n';
import type { ImportState } from './importState';
import { warmUpImportWorker } from '../../worker/importClient';
import { cancelImport } from './readFile';
import { type ReviewAnswer, runImports } from './runImports';

interface ImportApi {
  status: ImportState;
  /** How many import runs have started (lets observers tell a new result from the previous one). */
  runs: number;
  importFiles: (files: readonly File[]) => Promise<void>;
  /** Imports one file again, opening the review of how it is read first. */
  readDifferently: (file: File) => Promise<void>;
  loadSampleData: () => Promise<void>;
  undoLast: () => Promise<void>;
  cancel: () => void;
  dismiss: () => void;
}

const ImportContext = createContext<ImportApi | null>(null);

async function fetchSampleFiles(): Promise<File[]> {
  const base = import.meta.env.BASE_URL;
  const manifest = (await (await fetch(`${base}samples/manifest.json`)).json()) as { files: string[] };
  return Promise.all(
    manifest.files.map(
      async (name) => new File([await (await fetch(`${base}samples/${name}`)).blob()], name),
    ),
  );
}

export function ImportProvider({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  const [status, setStatus] = useState<ImportState>({ state: 'idle' });
  const [runs, setRuns] = useState(0);
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

  const importFiles = useCallback(
    async (files: readonly File[], forceReview = false) => {
      if (busy.current || files.length === 0) return;
      busy.current = true;
      setRuns((count) => count + 1);
      try {
        await runImports(files, { setState: setStatus, review, locale }, forceReview);
      } finally {
        busy.current = false;
      }
    },
    [review, locale],
  );

  const api = useMemo<ImportApi>(
    () => ({
      status,
      runs,
      importFiles: (files: readonly File[]) => importFiles(files),
      readDifferently: (file: File) => importFiles([file], true),
      loadSampleData: async () => importFiles(await fetchSampleFiles()),
      undoLast: async () => {
        if (status.state !== 'done') return;
        for (const id of [...status.importIds].reverse()) await undoImport(db, id);
        setStatus({ state: 'idle' });
      },
      cancel: () => {
        if (status.state === 'needs-review') status.review.resolve(null);
        cancelImport();
      },
      dismiss: () => {
        if (status.state === 'done' || status.state === 'error') setStatus({ state: 'idle' });
      },
    }),
    [status, runs, importFiles],
  );

  return <ImportContext.Provider value={api}>{children}</ImportContext.Provider>;
}

export function useImport(): ImportApi {
  const context = useContext(ImportContext);
  if (!context) throw new Error('useImport must be used inside ImportProvider');
  return context;
}
