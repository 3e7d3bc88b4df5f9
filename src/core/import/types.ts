import type { StatedBalance } from '../types';
import type { CurrencyCode, IsoDate, LineError } from '../types';
import type { ReadingFacts, ReadingSummary } from './readingSummary';

/** What a column means. */
export type ColumnRole =
  | 'date'
  | 'valueDate'
  | 'description'
  | 'amount'
  | 'debit'
  | 'credit'
  | 'direction'
  | 'balance'
  | 'currency'
  | 'account'
  | 'status'
  /** A fee charged on the row (Revolut), subtracted from the amount. */
  | 'fee'
  /** The bank's own category label (parent before sub-category): StatementRow.bankCategory, never the description. */
  | 'category'
  | 'ignore';

export type DateOrder = 'DMY' | 'MDY' | 'YMD';
export type DecimalMark = '.' | ',';
/** 'normal': positive = money in. 'inverted': positive = money out (credit-card exports). */
export type SignConvention = 'normal' | 'inverted';

/**
 * How a file of a given shape is read. Detected automatically; when the person confirms or fixes it in the
 * review dialog it is saved (keyed by `signature`) and reused silently for files of the same shape.
 */
export interface ReadingProfile {
  /** Stable signature of the file's shape (normalized header names or column count + delimiter). */
  signature: string;
  delimiter: string;
  /** 0-based index of the header row in the parsed table, or -1 when the file has no header. */
  headerRow: number;
  /** One role per column. Several columns may be 'description' (joined in order). */
  roles: ColumnRole[];
  dateOrder: DateOrder;
  decimalMark: DecimalMark;
  sign: SignConvention;
  /** Bank preset id when recognized (e.g. "nl_ing"), for naming the account. */
  bankId?: string;
  bankName?: string;
  /** Description columns in join order (counterparty, label, booking text, purpose); default: column order. */
  descriptionOrder?: number[];
}

/** One transaction as read from the file, before it is stored. */
export interface StatementRow {
  /** 1-based line number in the file (for messages). */
  line: number;
  date: IsoDate;
  valueDate?: IsoDate;
  /** Readable description: the description parts joined with " · " or " ", trimmed. */
  description: string;
  /** Integer minor units, money out negative. */
  amount: number;
  currency?: CurrencyCode;
  /** Balance after this row in minor units, null when not given. */
  balance: number | null;
  pending?: boolean;
  /** Account number / IBAN / card found on the row, when the file has one per row. */
  account?: string;
  /** The bank's own category label for the row ("Restaurants, bars · Restaurant"), when the file has one: evidence
   * for the categorizer, never the merchant. */
  bankCategory?: string;
}

/**
 * Why a reading needs review: day/month order undecidable, no date or amount column, columns guessed from values
 * with several candidates, card sign guessed from the share of positive amounts only, many unreadable rows.
 */
export type ReviewReason = 'dateOrder' | 'noDate' | 'noAmount' | 'roles' | 'sign' | 'errors' | 'yearAssumed';

export interface StatementReading {
  profile: ReadingProfile;
  rows: StatementRow[];
  errors: LineError[];
  /** True when a person should check the reading before it is stored (ambiguous dates, unknown columns…). */
  needsReview: boolean;
  /** Why review is needed, as message keys (see ReviewReason) or short English text. */
  reviewReasons: string[];
  /** Currency for the whole file when known (column, header like "Bedrag (EUR)", preamble, preset). */
  currency?: CurrencyCode;
  /** Account identity found in the preamble or rows. */
  account?: { number?: string; bankName?: string };
  /** The balance the file states above its rows (none on its rows), at the end of a day. */
  statedBalance?: StatedBalance;
  /** Encoding that was used to decode the bytes. */
  encoding: string;
  /** The header names (or sample values for a headerless file), one per column, for the review dialog. */
  columnNames?: string[];
  /** What the reader learned while reading (evidence behind the date order, the sign, skipped lines). */
  facts?: ReadingFacts;
  /** How the file was read, for the one-line import summary (describeReading). */
  summary: ReadingSummary;
  /** Set when the file cannot be read as a statement at all (empty, PDF, image, spreadsheet, no transactions). */
  fatal?: {
    code:
      | 'empty'
      | 'binary'
      | 'pdf'
      | 'image'
      | 'spreadsheet'
      | 'ofx'
      | 'qif'
      | 'mt940'
      | 'xml'
      | 'html'
      | 'noTransactions';
    message: string;
  };
}

/** Parses decoded text into a table with the given delimiter (PapaParse in the app; injected to keep core pure). */
export type TableParser = (text: string, delimiter: string) => string[][];

export interface ReadOptions {
  /** Profiles saved earlier; one whose signature matches the file is used silently (no review). */
  knownProfiles?: ReadingProfile[];
  /** Forces this reading (the review dialog re-reads with the person's fixes). */
  profile?: ReadingProfile;
  /** The browser's language (navigator.language): the last clue for day/month order when the file gives none. */
  locale?: string;
  /**
   * The account's currency when the file names none (chosen in review, implied by an IBAN, guessed from the
   * locale): the file's amounts are read in its minor units, where they are otherwise read with two decimals.
   * Rows still carry only a currency the file names.
   */
  currency?: CurrencyCode;
  /**
   * The day of the import (YYYY-MM-DD): dates written without a year in a file that gives none anywhere are taken
   * as the year up to this day, and the person is asked to confirm.
   */
  today?: string;
}
