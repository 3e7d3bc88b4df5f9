import type { ReadingProfile, StatementReading } from '../core/import/types';
import type { CategoryRule, LearnedMerchant } from '../core/merchant';
import type { PackedRows } from '../core/packRows';

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
}

/** Loads the merchant dictionary ahead of the first file, while the person is still choosing it. */
export interface WarmUpRequest {
  type: 'warmUp';
}

export type WorkerRequest = ReadRequest | WarmUpRequest;

export type ReadStage = 'parsing' | 'categorizing';

export type WorkerReply =
  | { type: 'progress'; id: number; stage: ReadStage }
  /**
   * Part of the rows and their labels, packed as columns (cheap to clone): a big file arrives in pieces, so the
   * page never stalls on one message.
   */
  | { type: 'rows'; id: number; rows: PackedRows; labels: PackedRows }
  /** The reading without its rows (they came before, in order). */
  | { type: 'result'; id: number; sha256: string; reading: StatementReading }
  | { type: 'failure'; id: number; message: string };
