import { accountNumberFromFileName } from './accounts';
import { currencyFromIban } from './ibanCurrency';
import type { StatementReading } from './import/types';
import { currencyForLocale } from './money';
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
