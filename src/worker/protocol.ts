import type { ReadingProfile, StatementReading } from '../core/import/types';

export interface ReadRequest {
  type: 'read';
  id: number;
  fileName: string;
  bytes: ArrayBuffer;
  knownProfiles: ReadingProfile[];
  profile?: ReadingProfile;
}

export type ReadStage = 'hashing' | 'parsing';

export type WorkerReply =
  | { type: 'progress'; id: number; stage: ReadStage }
  | { type: 'result'; id: number; sha256: string; reading: StatementReading }
  | { type: 'failure'; id: number; message: string };
