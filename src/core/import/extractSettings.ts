import type { Layout } from './layout';
import type { DateOrder, DecimalMark, SignConvention } from './types';

/** What extractRows needs to know of a file besides its table, decided once from its header and a sample. */
export interface ExtractSettings {
  layout: Layout;
  dataStart: number;
  headerKey: string | null;
  dateOrder: DateOrder;
  decimalMark: DecimalMark;
  sign: SignConvention;
  /** File-level currency (header, preamble, preset) used when a row has none. */
  currency: string | undefined;
  /** Headerless files: lines before the first good row are a preamble, not errors. */
  headerless: boolean;
  /** Re-read section headers found further down (several tables in one file). */
  followSections: boolean;
  /** Direction of a row whose indicator cell is empty, when the bank marks only one side ("CR"): -1, +1 or 0. */
  emptyDirection: -1 | 0 | 1;
  /** The fee column is informational: the amount already includes it (see feesAlreadyCounted). */
  feesIncluded: boolean;
  /** Fees are written with their sign (see feesWrittenSigned). */
  feesSigned?: boolean;
  /** A minus in the debit or credit column turns the sum around (see pairSigns). */
  pairSigns?: { debitsSigned: boolean; creditsSigned: boolean };
  /** A "Type" column the reading does not use, for rows without any description; -1 when none. */
  typeColumn: number;
  /** Decimals of the amounts when the file names no currency (`currency` undefined). */
  unnamedCurrencyDigits: number;
  /** The file's delimiter, to glue back a description split on it. */
  delimiter?: string;
  /** The title just above the header named pending payments ("Umsätze in den nächsten 14 Tagen"). */
  startsPending?: boolean;
  /** Every amount positive on a card: rows that read as a payment or refund are money in, not inverted. */
  paymentsIn?: boolean;
  /** The holder's own name in party columns (lower case, see holderName): left out of the description. */
  holderName?: string;
}
