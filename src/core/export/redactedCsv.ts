import { currencyDigits } from '../money';
import type { Account, Transaction } from '../types';
import { type ExportRow, transactionsToCsv } from './transactionsCsv';

export interface RedactionOptions {
  /** Amounts and balances to whole currency units. */
  roundAmounts: boolean;
}

const MASK = '••';
/** An IBAN: country, check digits, then 11–30 letters or digits, in one block or in groups of 4. */
const IBAN = /\b[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?)\b/gi;
/** A card number in groups of 4, or ≥ 5 digits in a row, with any masking characters before it. */
const NUMBER_RUN = /[*•xX]*(?:(?:\d{4}[ -]){2,}\d{1,4}|\d{5,})/g;

function lastFour(text: string): string {
  return `${MASK}${text.replace(/\D/g, '').slice(-4)}`;
}

/**
 * Account numbers, IBANs and card numbers masked down to their last 4 digits ("FR76 3000 6000 0112 3456 7890 189"
 * → "••0189"); shorter numbers (a store number, a date) stay.
 */
export function maskNumbers(text: string): string {
  return text
    .replace(IBAN, (match) => (/\d{5}/.test(match.replace(/\D/g, '')) ? lastFour(match) : match))
    .replace(NUMBER_RUN, lastFour);
}

function roundMinor(minor: number, currency: string): number {
  const scale = 10 ** currencyDigits(currency);
  return Math.round(minor / scale) * scale;
}

export interface RedactionInput {
  transactions: readonly Transaction[];
  accounts: readonly Account[];
  /** Category id → the name the person sees. */
  categoryNames: ReadonlyMap<string, string>;
  /** Transactions behind a sensitive finding: merchant and description become the category's name. */
  sensitiveIds: ReadonlySet<number>;
  options: RedactionOptions;
}

/** The DESIGN.md export, safe to share: numbers masked, sensitive rows generalized, amounts rounded on request. */
export function redactedTransactionsCsv(input: RedactionInput): string {
  const accountNames = new Map(input.accounts.map((account) => [account.id, maskNumbers(account.name)]));
  const sorted = [...input.transactions].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : (a.id ?? 0) - (b.id ?? 0),
  );
  const rows = sorted.map((tx): ExportRow => {
    const category = input.categoryNames.get(tx.category) ?? tx.category;
    const sensitive = tx.id !== undefined && input.sensitiveIds.has(tx.id);
    const round = (minor: number) => (input.options.roundAmounts ? roundMinor(minor, tx.currency) : minor);
    return {
      date: tx.date,
      account: accountNames.get(tx.accountId) ?? '',
      description: sensitive ? category : maskNumbers(tx.description),
      merchant: sensitive ? category : maskNumbers(tx.merchant),
      category,
      amount: round(tx.amount),
      currency: tx.currency,
      balance: tx.balance === null ? null : round(tx.balance),
    };
  });
  return transactionsToCsv(rows);
}
