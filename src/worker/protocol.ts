import type { ReadingProfile, StatementReading } from '../core/import/types';
import type { CategoryRule, LearnedMerchant } from '../core/merchant';
import type { PreparedMonth } from '../core/preparedRows';
import type { StatementPart } from '../core/statementParts';

/** What the person taught Kept, sent along so rows arrive categorized. */
export interface CategorizationInput {
  rules: CategoryRule[];
  learned: [string, LearnedMerchant][];
  /** The per-user naive Bayes model as stored (JSON), when there is one. */
  model?: unknown;
}

export interface ReadRequest {
  type: 'read';
  id: number;
  fileName: string;
  bytes: ArrayBuffer;
  knownProfiles: ReadingProfile[];
  profile?: ReadingProfile;
  /** navigator.language: the last clue for day/month order when the file gives none. */
  locale?: string;
  categorization: CategorizationInput;
  /**
   * 'preview': only the reading, rows included (review). 'import': the rows prepared for storing, unless the
   * reading needs the person's review first (then as a preview).
   */
  purpose: 'preview' | 'import';
  /** The currency the person confirmed in review. */
  currency?: string;
  /** The app's locale: the last guess for the currency of a file that never names one. */
  currencyLocale: string;
  /** Only this part's rows, as a statement of their own (a file of several accounts or currencies, one by one). */
  part?: StatementPart;
}

/** Loads the merchant dictionary ahead of the first file, while the person is still choosing it. */
export interface WarmUpRequest {
  type: 'warmUp';
  /** Also reads made-up statements, so the first import runs compiled code (see warmUp.ts). */
  reader?: boolean;
}

export type WorkerRequest = ReadRequest | WarmUpRequest;

export type ReadStage = 'parsing' | 'categorizing';

export type WorkerReply =
  | { type: 'progress'; id: number; stage: ReadStage }
  /**
   * A reading whose rows come next as months (`reading.rows` is empty): their number and dates, and the
   * statement's currency.
   */
  | {
      type: 'prepared';
      id: number;
      reading: StatementReading;
      currency: string;
      count: number;
      range: [string, string];
    }
  /**
   * Some whole months of the prepared rows, oldest first, packed as columns (cheap to clone): a big file arrives
   * in pieces, so the page stores one while the next is categorized.
   */
  | { type: 'months'; id: number; months: PreparedMonth[] }
  /** The last months have been sent. */
  | { type: 'end'; id: number }
  /**
   * A preview: the reading with its rows. `parts` (most rows first) when an import found rows of several accounts
   * or currencies: each is to be read again on its own (`part`) and stored as an account of its own.
   */
  | { type: 'result'; id: number; reading: StatementReading; parts?: StatementPart[] }
  | { type: 'failure'; id: number; message: string };
