import { accountNumberFromFileName } from './accounts';
import { currencyFromIban } from './ibanCurrency';
import type { StatementReading } from './import/types';
import { UNNAMED_CURRENCY_DIGITS } from './import/currency';
import { currencyDigits, currencyForLocale } from './money';
import type { CurrencyCode } from './types';

/**
 * The currency of a statement's account: the person's choice in review, then the file's own word, then what an
 * IBAN implies; the locale only as a last guess.
 */
export function statementCurrency(
  reading: StatementReading,
  fileName: string,
  locale: string,
  chosen?: CurrencyCode,
): CurrencyCode {
  const accountNumber = reading.account?.number ?? accountNumberFromFileName(fileName);
  return (
    chosen ??
    reading.currency ??
    reading.rows[0]?.currency ??
    currencyFromIban(accountNumber) ??
    currencyForLocale(locale)
  );
}

/**
 * The reading with its amounts in `currency`'s minor units. A file that names no currency is read with two
 * decimals; when its account's currency has other minor units (yen, forint: none; dinars: three), `reread` reads
 * it again in those. The first reading stays when the file writes fractions that currency has none of (its
 * amounts and the currency disagree, and rounding would lose money).
 */
export function inCurrencyUnits(
  reading: StatementReading,
  currency: CurrencyCode,
  reread: () => StatementReading,
): StatementReading {
  const digits = currencyDigits(currency);
  if (digits === UNNAMED_CURRENCY_DIGITS || reading.rows.every((row) => row.currency)) return reading;
  const again = reread();
  if (again.rows.length !== reading.rows.length) return reading;
  if (digits > UNNAMED_CURRENCY_DIGITS) return again;
  const scale = 10 ** (UNNAMED_CURRENCY_DIGITS - digits);
  const kept = (first: number | null, next: number | null) =>
    first === null ? next === null : next !== null && next * scale === first;
  const agrees = reading.rows.every(
    (row, index) =>
      row.currency !== undefined ||
      (kept(row.amount, again.rows[index]!.amount) && kept(row.balance, again.rows[index]!.balance)),
  );
  return agrees ? again : reading;
}

/** The amount of a row that names no currency (read with two decimals), in `currency`'s minor units. */
export function unnamedAmountIn(amount: number, currency: CurrencyCode): number {
  return Math.round(amount * 10 ** (currencyDigits(currency) - UNNAMED_CURRENCY_DIGITS)) + 0;
}
