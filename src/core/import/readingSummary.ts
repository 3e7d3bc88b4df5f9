import type { ColumnRole, DateOrder, DecimalMark, SignConvention, StatementReading } from './types';
import type { DateOrderSource } from './dateEvidence';

/** What settled the sign convention, for the import summary. */
export type SignSource =
  /** Saved or confirmed profile. */
  | 'profile'
  /** The bank's preset. */
  | 'preset'
  /** Money-out and money-in columns. */
  | 'debitCredit'
  /** An in/out indicator column (Af/Bij, S/H, CR). */
  | 'direction'
  /** Payment/refund rows or a type column (Purchase/Payment). */
  | 'typeWords'
  /** Every amount positive, no balance: a card export listing its charges. */
  | 'allPositive'
  /** Most amounts positive: a guess the person is asked to check. */
  | 'shareOfPositives'
  /** Signed amounts as written (money out negative). */
  | 'asWritten'
  /** Unsigned amounts, each on the side its running balance moves. */
  | 'balance';

/** Facts the reader learned while reading, kept on the reading so the summary can be described later. */
export interface ReadingFacts {
  dateOrder: DateOrderSource;
  sign: SignSource;
  /** Opening/closing balance lines skipped. */
  balanceLines: number;
  /** Totals and section lines skipped. */
  summaryLines: number;
  /**
   * Pending payments left out: without any date, or without an amount and a booking date yet (older readings
   * have none).
   */
  undatedPending?: number;
  /** The fee column was read as already included in the amount. */
  feesIncluded: boolean;
}

/** How a file was read, in parts the UI can put in one line ("Read day-first (German header), decimal comma…"). */
export interface ReadingSummary {
  dateOrder: { order: DateOrder; source: DateOrderSource };
  decimalMark: DecimalMark;
  sign: { convention: SignConvention; source: SignSource; feesIncluded: boolean };
  /** Column names used, by role (header names, or "#3" for a headerless file's third column). */
  columns: Partial<Record<ColumnRole, string[]>>;
  skipped: { balanceLines: number; summaryLines: number; undatedPending: number };
  rowsRead: number;
  linesNotRead: number;
  bankName?: string;
  encoding: string;
  /** True when the reading was a saved profile's or the person's own. */
  fromProfile: boolean;
}

const NO_FACTS: ReadingFacts = {
  dateOrder: 'profile',
  sign: 'profile',
  balanceLines: 0,
  summaryLines: 0,
  feesIncluded: false,
};

/** Describes how a reading was made: pure, from the reading alone. */
export function describeReading(reading: Omit<StatementReading, 'summary'>): ReadingSummary {
  const facts = reading.facts ?? NO_FACTS;
  const { profile } = reading;
  const columns: Partial<Record<ColumnRole, string[]>> = {};
  profile.roles.forEach((role, index) => {
    if (role === 'ignore') return;
    const name = (profile.headerRow >= 0 ? reading.columnNames?.[index] : undefined) ?? `#${index + 1}`;
    (columns[role] ??= []).push(name);
  });
  const summary: ReadingSummary = {
    dateOrder: { order: profile.dateOrder, source: facts.dateOrder },
    decimalMark: profile.decimalMark,
    sign: { convention: profile.sign, source: facts.sign, feesIncluded: facts.feesIncluded },
    columns,
    skipped: {
      balanceLines: facts.balanceLines,
      summaryLines: facts.summaryLines,
      undatedPending: facts.undatedPending ?? 0,
    },
    rowsRead: reading.rows.length,
    linesNotRead: reading.errors.length,
    encoding: reading.encoding,
    fromProfile: facts.dateOrder === 'profile',
  };
  const bankName = reading.account?.bankName ?? profile.bankName;
  if (bankName) summary.bankName = bankName;
  return summary;
}
