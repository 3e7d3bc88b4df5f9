import type { ReadingProfile, StatementReading } from '../../core/import/types';
import type { LineError } from '../../core/types';
import type { ReadingSummary } from '../../core/import/readingSummary';

export interface FileProblem {
  fileName: string;
  /** Message key (error.*) or a raw message. */
  message: string;
  /** What the browser said, for a message that quotes it (error.storage). */
  detail?: string;
}

/** What happened to one file of a run, for the one-line-per-file summary. */
export interface FileOutcome {
  fileName: string;
  status: 'imported' | 'failed' | 'skipped';
  accountName?: string;
  added?: number;
  duplicates?: number;
  errors?: number;
  /** Message key (error.*) or raw message, when it failed. */
  message?: string;
  /** What the browser said, for a message that quotes it (error.storage). */
  detail?: string;
  /** The file itself when another reading could work ("Read differently…"). */
  file?: File;
  /** The import that stored it (a corrected reading replaces it). */
  importId?: number;
  /** How the file was read. */
  reading?: ReadingSummary;
  /** It replaced an earlier reading of the same file. */
  replaced?: boolean;
}

export interface RejectedLine extends LineError {
  fileName: string;
}

export interface PendingReview {
  file: File;
  reading: StatementReading;
  /** The confirmed reading and, when the person chose one, the account's currency; null skips the file. */
  resolve: (profile: ReadingProfile | null, currency?: string) => void;
}

export type ImportState =
  | { state: 'idle' }
  | {
      state: 'working';
      fileName: string;
      /** 'waiting': another tab is importing, restoring or deleting (one writer at a time). */
      stage: 'waiting' | 'reading' | 'saving';
      fileIndex: number;
      fileCount: number;
      /** Share of this file's rows written so far, while saving. */
      fraction?: number;
    }
  | { state: 'needs-review'; fileName: string; review: PendingReview }
  | {
      state: 'done';
      added: number;
      duplicates: number;
      errors: number;
      rejected: RejectedLine[];
      problems: FileProblem[];
      sameFileAgain: boolean;
      /** Transfers between the person's own accounts recognized among the new rows. */
      transfers: number;
      importIds: number[];
      /** Set when Undo was refused: the files of later imports that rely on these rows. */
      undoRefusedBy?: string[];
      files: FileOutcome[];
    }
  | { state: 'error'; problems: FileProblem[]; files?: FileOutcome[] };
