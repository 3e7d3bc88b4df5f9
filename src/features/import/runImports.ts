import { accountNumberFromFileName, normalizeAccountNumber, suggestAccountName } from '../../core/accounts';
import type { ReadingProfile, StatementReading } from '../../core/import/types';
import { db } from '../../db/database';
import { commitImport, type PreparedImport } from '../../db/importBatch';
import { replaceImport } from '../../db/readDifferently';
import type { StatementPart } from '../../core/statementParts';
import type { FileOutcome, FileProblem, ImportState, RejectedLine } from './importState';
import { currentImportSignal, MAX_FILE_BYTES, type ReadResult, readStatementFile } from './readFile';

type CommitExtras = [onProgress?: (written: number, total: number) => void, signal?: AbortSignal];

export interface ReviewAnswer {
  profile: ReadingProfile;
  currency?: string;
}

export interface ImportCallbacks {
  setState: (state: ImportState) => void;
  /** Asks the person to check a reading; resolves with the confirmed profile (and currency), or null to skip. */
  review: (file: File, reading: StatementReading) => Promise<ReviewAnswer | null>;
  locale: string;
}

function fatalKey({ reading, prepared }: ReadResult): string | undefined {
  if (reading.fatal) return `error.${reading.fatal.code}`;
  if ((prepared ? prepared.rows.count : reading.rows.length) === 0) return 'error.noTransactions';
  return undefined;
}

/** The currency and number of the account an import went into. */
async function importAccount(importId: number): Promise<{ currency?: string; number?: string }> {
  const record = await db.imports.get(importId);
  const account = record ? await db.accounts.get(record.accountId) : undefined;
  return {
    ...(account?.currency ? { currency: account.currency } : {}),
    ...(account?.number ? { number: account.number } : {}),
  };
}

/** Whether a part of a file is the one stored in this account. */
function sameAccount(account: { currency?: string; number?: string }) {
  return (part: StatementPart | undefined) =>
    part !== undefined &&
    part.currency === account.currency &&
    (part.account === undefined ||
      normalizeAccountNumber(part.account) === normalizeAccountNumber(account.number ?? ''));
}

/** Files whose failure another reading may fix: text with no transactions found, or a skipped review. */
const READ_AGAIN = new Set(['error.noTransactions', 'error.skippedInReview']);

export interface RunOptions {
  /** Open the review even when the reading is sure ("Read differently…"). */
  forceReview?: boolean;
  /** The confirmed reading replaces what this import stored (one transaction, undoable). */
  replaceImportId?: number;
}

/**
 * Reads, (when unsure, or when `forceReview`) asks, and stores each file in turn; one file's failure never touches
 * the others.
 */
export async function runImports(
  files: readonly File[],
  callbacks: ImportCallbacks,
  { forceReview = false, replaceImportId }: RunOptions = {},
): Promise<void> {
  const totals = { added: 0, duplicates: 0, errors: 0, sameFileAgain: false, transfers: 0 };
  const rejected: RejectedLine[] = [];
  const problems: FileProblem[] = [];
  const importIds: number[] = [];
  const outcomes: FileOutcome[] = [];
  const fail = (file: File, message: string, detail?: string) => {
    problems.push({ fileName: file.name, message, ...(detail ? { detail } : {}) });
    outcomes.push({
      fileName: file.name,
      status: message === 'error.skippedInReview' ? 'skipped' : 'failed',
      message,
      ...(detail ? { detail } : {}),
      ...(READ_AGAIN.has(message) ? { file } : {}),
    });
  };
  let imported = 0;
  const signal = currentImportSignal();

  for (const [fileIndex, file] of files.entries()) {
    const progress = { fileName: file.name, fileIndex, fileCount: files.length };
    callbacks.setState({ state: 'working', stage: 'reading', ...progress });
    try {
      if (file.size > MAX_FILE_BYTES) {
        fail(file, 'error.tooBig');
        continue;
      }
      const knownProfiles = await db.profiles.toArray();
      const { locale } = callbacks;
      let read = await readStatementFile(file, knownProfiles, { preview: forceReview, locale });
      const fatal = fatalKey(read);
      if (fatal && !(forceReview && fatal === 'error.noTransactions')) {
        fail(file, fatal);
        continue;
      }
      let saveProfile = false;
      let answer: ReviewAnswer | null = null;
      // Neither prepared nor split into parts: the reading needs the person's review (or they asked to read the
      // file differently).
      if (!read.prepared && !read.parts) {
        answer = await callbacks.review(file, read.reading);
        if (!answer) {
          // Said in the results, never dropped silently (Escape in the review lands here too).
          if (!signal.aborted) fail(file, 'error.skippedInReview');
          continue;
        }
        read = await readStatementFile(file, knownProfiles, {
          profile: answer.profile,
          locale,
          ...(answer.currency ? { currency: answer.currency } : {}),
        });
        saveProfile = true;
        const stillFatal = fatalKey(read) ?? (read.prepared || read.parts ? undefined : 'error.unexpected');
        if (stillFatal) {
          fail(file, stillFatal);
          continue;
        }
      }
      const { reading } = read;
      const accountNumber = reading.account?.number ?? accountNumberFromFileName(file.name);
      // A file of several accounts or currencies: each part's rows are read on their own and stored as an
      // account of their own (named after its number, or its currency), one import each.
      const parts: (StatementPart | undefined)[] = read.parts ?? [undefined];
      const severalCurrencies = new Set(parts.map((part) => part?.currency)).size > 1;
      // Read differently: the part of the account the import went into is the one that replaces it.
      const replacing =
        replaceImportId === undefined
          ? -1
          : Math.max(0, parts.findIndex(sameAccount(await importAccount(replaceImportId))));
      for (const [partIndex, part] of parts.entries()) {
        const partRead = part
          ? await readStatementFile(file, knownProfiles, {
              locale,
              part,
              ...(answer ? { profile: answer.profile } : {}),
            })
          : read;
        if (!partRead.prepared) {
          fail(file, fatalKey(partRead) ?? 'error.unexpected');
          continue;
        }
        const { rows, currency } = partRead.prepared;
        callbacks.setState({ state: 'working', stage: 'saving', ...progress });
        const number = part?.account ?? accountNumber;
        const account = {
          currency,
          ...(number ? { number } : {}),
          ...(reading.account?.bankName ? { bankName: reading.account.bankName } : {}),
        };
        const suggested = suggestAccountName({ ...account, fileName: file.name });
        const store = (input: PreparedImport, ...rest: CommitExtras) =>
          replaceImportId === undefined || partIndex !== replacing
            ? commitImport(db, input, ...rest)
            : replaceImport(db, replaceImportId, input, ...rest);
        const outcome = await store(
          {
            fileName: file.name,
            // Each part is an import of its own: the same file again is told part by part.
            sha256: part ? `${partRead.sha256}:${part.account ?? ''}:${currency}` : partRead.sha256,
            profile: reading.profile,
            saveProfile,
            account: severalCurrencies ? { ...account, name: `${suggested} ${currency}` } : account,
            rows,
            errors: partRead.reading.errors.length,
            // A file of several accounts states no one balance.
            ...(parts.length === 1 && reading.statedBalance ? { statedBalance: reading.statedBalance } : {}),
          },
          (written, total) =>
            callbacks.setState({ state: 'working', stage: 'saving', ...progress, fraction: written / total }),
          signal,
        );
        imported += 1;
        importIds.push(outcome.importId);
        outcomes.push({
          fileName: file.name,
          status: 'imported',
          file,
          importId: outcome.importId,
          reading: partRead.reading.summary,
          ...(partIndex === replacing ? { replaced: true } : {}),
          accountName: outcome.accountName,
          added: outcome.added,
          duplicates: outcome.duplicates,
          errors: outcome.errors,
        });
        totals.added += outcome.added;
        totals.duplicates += outcome.duplicates;
        totals.errors += outcome.errors;
        totals.sameFileAgain ||= outcome.sameFileAgain;
        totals.transfers += outcome.transfersPaired;
        rejected.push(...partRead.reading.errors.map((error) => ({ ...error, fileName: file.name })));
      }
    } catch (error) {
      if (signal.aborted || (error instanceof Error && error.name === 'AbortError')) break;
      const message = error instanceof Error ? error.message : String(error);
      const key =
        error instanceof Error && /quota|database|indexeddb|transaction/i.test(message)
          ? 'error.storage'
          : 'error.unexpected';
      console.error(error);
      fail(file, key, message);
    }
  }

  if (imported === 0 && problems.length > 0)
    callbacks.setState({ state: 'error', problems, files: outcomes });
  else if (imported === 0) callbacks.setState({ state: 'idle' });
  else callbacks.setState({ state: 'done', ...totals, rejected, problems, importIds, files: outcomes });
}
