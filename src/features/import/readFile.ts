import type { ReadingProfile } from '../../core/import/types';
import { loadCategorizationInput } from '../../db/categorizationInput';
import { db } from '../../db/database';
import { readFileInWorker, type ReadResult } from '../../worker/importClient';

/** Files above this size are refused before reading (a statement this big is almost certainly not one). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

let current: { cancel: () => void } | null = null;

export async function readStatementFile(
  file: File,
  knownProfiles: ReadingProfile[],
  profile?: ReadingProfile,
): Promise<ReadResult> {
  const [bytes, categorization] = await Promise.all([file.arrayBuffer(), loadCategorizationInput(db)]);
  const handle = readFileInWorker(file.name, bytes, {
    knownProfiles,
    categorization,
    ...(profile ? { profile } : {}),
  });
  current = handle;
  try {
    return await handle.promise;
  } finally {
    if (current === handle) current = null;
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
