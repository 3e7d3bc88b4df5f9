/** An ISO 4217 currency code, e.g. "EUR". */
export type CurrencyCode = string;

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

/** A problem with one line of an input file; bad input is data, not an exception. */
export interface LineError {
  line: number;
  message: string;
}

export interface Account {
  id?: number;
  name: string;
  /** Account number / IBAN / card mask as the bank writes it, when known. */
  number?: string;
  bank?: string;
  currency: CurrencyCode;
  createdAt: number;
  /**
   * Balance before the account's first stored row, in minor units, set by the person for files that give no
   * balance. Without it (and without balances in the file) the account's balance is unknown.
   */
  openingBalance?: number;
  /**
   * The latest balance the account's imports stated above their rows (files without a balance column): its rows
   * run to it. Kept by the import and by its undo.
   */
  statedBalance?: StatedBalance;
}

/** A balance a file states above its rows, at the end of a day. */
export interface StatedBalance {
  /** Minor units. */
  amount: number;
  date: IsoDate;
}

export interface Transaction {
  id?: number;
  accountId: number;
  date: IsoDate;
  valueDate?: IsoDate;
  /** Exactly as the bank wrote it. */
  description: string;
  merchant: string;
  category: string;
  /** Integer minor units; money out is negative. */
  amount: number;
  currency: CurrencyCode;
  /** Balance after this transaction in minor units, or null when the file does not say. */
  balance: number | null;
  importId: number;
  /** Dedupe key (date, amount, normalized description): derived when needed, never stored. */
  fingerprint?: string;
  pending?: boolean;
  note?: string;
  /** Stable payee key from the merchant cleaner (e.g. "carrefour city"), used to learn per merchant. */
  merchantKey?: string;
  /** What kind of movement this is (card, directDebit, transfer, income, cash, fee, refund, cardSummary…). */
  kind?: string;
  /** Who set the category: a user rule, a learned correction, knowledge, the model, or the person ('manual'). */
  categorySource?: string;
  /** Confidence of an automatic category, 0–1. */
  confidence?: number;
  /** Id of the opposite transaction when this is a transfer between the person's own accounts. */
  transferPairId?: number;
  /** The category (and its source) this row had before it was paired as a transfer, put back if unpaired. */
  beforeTransfer?: { category: string; categorySource?: string };
  /** A split into several categories; amounts add up to `amount`. */
  splits?: TransactionSplit[];
}

export interface TransactionSplit {
  category: string;
  amount: number;
  note?: string;
}

export interface Category {
  id: string;
  name: string;
  color: string;
  builtIn: boolean;
}
