import type { StatedBalance } from '../core/types';
import type { ReadingProfile } from '../core/import/types';
import type { PreparedRow } from '../core/preparedRows';
import type { PreparedStream } from '../core/preparedStream';
import type { CurrencyCode, IsoDate } from '../core/types';
import { transactionFingerprint } from '../core/dedupe';
import type { BlockWriter } from './store/blockWriter';

/** One file's reading, ready to store. */
export interface PreparedImport {
  fileName: string;
  sha256: string;
  profile: ReadingProfile;
  /** Save the profile for files of this shape (the person confirmed it in review). */
  saveProfile: boolean;
  /** `name`: the new account's name, when not the one suggested from the bank, number and file name. */
  account: { number?: string; bankName?: string; currency: CurrencyCode; name?: string };
  /** Forces the target account (chosen by the person). */
  accountId?: number;
  /**
   * Handed over: the new ones become the stored records themselves (ids and import set on them). All at hand, or
   * arriving month by month from the import worker (oldest first): months that hold nothing yet are then stored
   * as they come.
   */
  rows: PreparedRow[] | PreparedStream;
  errors: number;
  /** The balance the file states above its rows, kept with the import. */
  statedBalance?: StatedBalance;
}

/** An import's rows however they come: how many, their dates, and all of them (waiting for the last). */
export interface IncomingRows {
  count: number;
  range: [IsoDate, IsoDate];
  stream?: PreparedStream;
  all(): Promise<{ rows: PreparedRow[] }>;
}

export function incomingRows({ rows }: PreparedImport, writer: BlockWriter): IncomingRows {
  if (Array.isArray(rows)) return { count: rows.length, range: dateRange(rows), all: async () => ({ rows }) };
  return {
    count: rows.count,
    range: rows.range,
    stream: rows,
    // Inside the import's transaction: it stays open while the worker is still at work.
    all: async () => await writer.waitFor(rows.all()),
  };
}

export function dateRange(rows: readonly { date: IsoDate }[]): [IsoDate, IsoDate] {
  let min = '9999-12-31';
  let max = '0000-01-01';
  for (const row of rows) {
    if (row.date < min) min = row.date;
    if (row.date > max) max = row.date;
  }
  return [min, max];
}

/** A pending row and its booked version never count as the same row (settlement decides between them). */
export const fingerprintOf = (row: {
  date: IsoDate;
  amount: number;
  description: string;
  pending?: boolean;
}) => `${row.pending ? 'pending|' : ''}${transactionFingerprint(row.date, row.amount, row.description)}`;
