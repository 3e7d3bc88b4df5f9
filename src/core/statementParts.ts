import type { StatementReading, StatementRow } from './import/types';
import type { CurrencyCode } from './types';

/** One account's rows in one currency, in a file that holds several. */
export interface StatementPart {
  currency: CurrencyCode;
  /** The account the rows name, when the file holds several bank accounts. */
  account?: string;
}

/**
 * A bank account's number on a row (an IBAN, or eight digits and more), not a card's: a card statement names each
 * card holder's card (masked, or its last digits), and those cards share one account.
 */
function isBankAccount(value: string): boolean {
  const compact = value.replace(/[\s-]/g, '');
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact) || /^\d{8,}$/.test(compact.replace(/[/.]/g, ''));
}

/** The bank accounts a statement's rows name, when there are several and every named account is one. */
function bankAccounts(rows: readonly StatementRow[]): Set<string> {
  const accounts = new Set<string>();
  for (const row of rows) {
    if (!row.account) continue;
    if (!isBankAccount(row.account)) return new Set();
    accounts.add(row.account);
  }
  return accounts.size >= 2 ? accounts : new Set();
}

const keyOf = (part: StatementPart) => `${part.account ?? ''}\u0000${part.currency}`;

/**
 * The parts of a statement that holds several accounts or currencies, most rows first; empty for a statement of
 * one. A Revolut or Wise export holds one pocket per currency, each with its own running balance; a bank's
 * export of all accounts names each row's account. Each part becomes an account of its own: one account's
 * balance is never a mix of two accounts, or of euros and dollars.
 */
export function statementParts(reading: StatementReading): StatementPart[] {
  const split = bankAccounts(reading.rows);
  const parts = new Map<string, { part: StatementPart; rows: number }>();
  for (const row of reading.rows) {
    const currency = row.currency ?? reading.currency;
    if (!currency) continue;
    const part: StatementPart =
      split.size > 0 && row.account ? { currency, account: row.account } : { currency };
    const key = keyOf(part);
    const entry = parts.get(key);
    if (entry) entry.rows++;
    else parts.set(key, { part, rows: 1 });
  }
  if (parts.size < 2) return [];
  return [...parts.values()]
    .sort((a, b) => b.rows - a.rows || keyOf(a.part).localeCompare(keyOf(b.part)))
    .map(({ part }) => part);
}

/** The reading of one part's rows only, in its currency. */
export function onlyPart(reading: StatementReading, part: StatementPart): StatementReading {
  return {
    ...reading,
    currency: part.currency,
    rows: reading.rows.filter(
      (row) =>
        (row.currency ?? reading.currency) === part.currency &&
        (part.account === undefined || row.account === part.account),
    ),
  };
}
