import type { ReadingProfile } from '../../core/import/types';
import type { StatementPart } from '../../core/statementParts';
import { loadCategorizationInput } from '../../db/categorizationInput';
import { db } from '../../db/database';
import { readFileInWorker, type WorkerReading } from '../../worker/importClient';
import { fileSha256 } from '../../worker/hashClient';

/** Files above this size are refused before reading (a statement this big is almost certainly not one). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

let current: { cancel: () => void } | null = null;

export interface ReadFileOptions {
  /** Read with this profile (confirmed or being fixed in review). */
  profile?: ReadingProfile;
  /** The currency confirmed in review. */
  currency?: string;
  /** Only the reading, rows included, for the review dialog. */
  preview?: boolean;
  /** The browser's locale: its region is the last guess for the currency of a file that names none. */
  locale: string;
  /** Only this part's rows (a file of several accounts or currencies is stored one account per part). */
  part?: StatementPart;
}

export interface ReadResult extends WorkerReading {
  /** The file's SHA-256 (hex): the same bytes imported again are told apart from new ones. */
  sha256: string;
}

/** Reads a file in the worker: prepared for storing, or (a preview, or a reading to review first) with its rows. */
export async function readStatementFile(
  file: File,
  knownProfiles: ReadingProfile[],
  { profile, currency, preview = false, locale, part }: ReadFileOptions,
): Promise<ReadResult> {
  const [bytes, categorization] = await Promise.all([file.arrayBuffer(), loadCategorizationInput(db)]);
  const handle = readFileInWorker(file.name, bytes, {
    knownProfiles,
    categorization,
    purpose: preview ? 'preview' : 'import',
    currencyLocale: locale,
    ...(currency ? { currency } : {}),
    ...(profile ? { profile } : {}),
    ...(part ? { part } : {}),
  });
  current = handle;
  const hashing = fileSha256(file);
  const done = () => {
    if (current === handle) current = null;
  };
  try {
    const result = await handle.promise;
    // Prepared rows are still coming: Cancel stops the worker until the last has come.
    if (result.prepared) void result.prepared.rows.ended().then(done, done);
    else done();
    return { ...result, sha256: await hashing };
  } catch (error) {
    done();
    throw error;
  }
}

let abort = new AbortController();

/** Aborted when the person cancels; the import run checks it between the chunks it writes. */
export function currentImportSignal(): AbortSignal {
  return abort.signal;
}

/** Stops the file being read and rolls back the file being saved (imports are all or nothing). */
export function cancelImport() {
  current?.cancel();
  abort.abort(new DOMException('Import cancelled', 'AbortError'));
  abort = new AbortController();
}
