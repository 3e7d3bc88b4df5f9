import { isPartialAccountNumber } from './accounts';
import { normalizeName } from './import/text';
import type { StatementReading } from './import/types';
import type { CurrencyCode } from './types';

/** One account's rows in one currency, in a file that holds several. */
export interface StatementPart {
  currency: CurrencyCode;
  /** The account the rows name, when the file holds several bank accounts. */
  account?: string;
}

/**
 * A whole account number on a row, not a card's tail: a card statement names each card holder's card (masked, or
 * its last digits), and those cards share one account.
 */
const isFullAccountNumber = (value: string) => /\d/.test(value) && !isPartialAccountNumber(value);

/** More accounts than this in one file are not the person's own. */
const MAX_OWN_ACCOUNTS = 6;
/** Columns that name the person's own account (its kind or label), beside its number. */
const ACCOUNT_LABEL =
  /^(account type|account name|account label|accountlabel|libelle compte|kontoname|kontobezeichnung|rekening naam|naam rekening|tipo de cuenta|tipo de conta)$/;
/** Account columns whose name says it is the person's own account, not the counterparty's. */
const OWN_ACCOUNT = /^(auftragskonto|posted account|own account|eigenes konto|compte|numero compte)$/;

/**
 * Whether the file's account column is the person's own accounts: its name says so, or a column beside it gives
 * each account's kind or label (Chequing, Visa; Compte courant, Livret A). A column of account numbers alone may
 * be the counterparties' (N26's "Account number").
 */
function namesOwnAccounts(reading: StatementReading): boolean {
  const names = (reading.columnNames ?? []).map(normalizeName);
  const column = reading.profile.roles.indexOf('account');
  return (
    column >= 0 && (OWN_ACCOUNT.test(names[column] ?? '') || names.some((name) => ACCOUNT_LABEL.test(name)))
  );
}

/** The person's bank accounts the rows name, when every row names one of two to six. */
function bankAccounts(reading: StatementReading): Set<string> {
  if (!namesOwnAccounts(reading)) return new Set();
  const accounts = new Set<string>();
  for (const row of reading.rows) {
    if (!row.account || !isFullAccountNumber(row.account)) return new Set();
    accounts.add(row.account);
  }
  return accounts.size >= 2 && accounts.size <= MAX_OWN_ACCOUNTS ? accounts : new Set();
}

const keyOf = (part: StatementPart) => `${part.account ?? ''}\u0000${part.currency}`;

/**
 * The parts of a statement that holds several accounts or currencies, most rows first; empty for a statement of
 * one. A Revolut or Wise export holds one pocket per currency, each with its own running balance; a bank's
 * export of all accounts names each row's account. Each part becomes an account of its own: one account's
 * balance is never a mix of two accounts, or of euros and dollars.
 */
export function statementParts(reading: StatementReading): StatementPart[] {
  const split = bankAccounts(reading);
  const parts = new Map<string, { part: StatementPart; rows: number }>();
  // A key and a part are made only when a row's differs from the row before (every row of most statements).
  let previous: { currency: string; account: string | undefined; entry: { rows: number } } | undefined;
  for (const row of reading.rows) {
    const currency = row.currency ?? reading.currency;
    if (!currency) continue;
    const account = split.size > 0 && row.account ? row.account : undefined;
    if (previous?.currency === currency && previous.account === account) {
      previous.entry.rows++;
      continue;
    }
    const part: StatementPart = account ? { currency, account } : { currency };
    const key = keyOf(part);
    let entry = parts.get(key);
    if (entry) entry.rows++;
    else parts.set(key, (entry = { part, rows: 1 }));
    previous = { currency, account, entry };
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
