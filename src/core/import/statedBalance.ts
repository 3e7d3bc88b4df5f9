import type { IsoDate, StatedBalance } from '../types';
import { parseAmount } from './parseAmount';
import { parseDate } from './parseDate';
import { cleanCell, normalizeName } from './text';
import type { DateOrder, DecimalMark } from './types';

/** A closing or current balance's label: "Solde au", "Kontostand vom", "Neuer Kontostand", "Ending balance"… */
const BALANCE_LABEL =
  /^(solde|saldo|kontostand|letzter kontostand|neuer kontostand|aktueller kontostand|ending balance|closing balance|current balance|available balance|ledger balance|book balance|booked balance|new balance|balance|eindsaldo|huidig saldo)\b/;
/** An opening or carried-forward balance, or one in francs beside the one in euros (La Banque Postale). */
const NOT_CLOSING =
  /\b(beginning|opening|start|anfang\w*|alter|initial|iniziale|inicial|precedent|previous|debut|begin|vorheriger|ouverture|apertura|brought|forward|vortrag|report\w*|franc\w*|min\w*|max\w*|moyen\w*|average|fido)\b/;
/** What may be spent (holds and an overdraft counted), a second choice beside the booked balance. */
const AVAILABLE = /\b(available|disponible|disponibile|verfugbar|verfuegbar|beschikbaar)\b/;
const DATE_TEXT = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/g;
const DATE_LABEL =
  /^(date|datum|stand|au|as of|as at|statement as at|solde au|saldo al|saldo per|saldo vom|kontostand vom)\b/;
/** An account number in a summary line: its digits, masked or not ("****1234", "=\"3233482890542757\""). */
const ACCOUNT_DIGITS = /(\*{2,}\s*\d{3,}|\d{8,})/;
/** A sum that is not the balance: a total, a turnover, a credit line. */
const OTHER_SUM = /\b(total\w*|summe|somme|umsatz\w*|debit\w*|credit\w*|turnover|omzet|montant\w*|betrag)\b/;

function lastDate(text: string, order: DateOrder): IsoDate | null {
  let found: IsoDate | null = null;
  for (const match of text.matchAll(DATE_TEXT)) found = parseDate(match[0], order) ?? found;
  // A date in words alone in its cell ("01 Feb 2026").
  return found ?? parseDate(text.trim(), order);
}

function amountOf(text: string, mark: DecimalMark, digits: number, needsDecimals: boolean): number | null {
  const value = text.replace(DATE_TEXT, ' ').trim();
  if (!/\d/.test(value) || (needsDecimals && !/[.,]\d{1,3}(?!\d)/.test(value))) return null;
  const amount = parseAmount(value, mark, digits);
  return amount !== null && Math.abs(amount) < 1e13 ? amount : null;
}

/** The preamble's date line ("Date ;16/06/2025", La Banque Postale), for a balance that names no date itself. */
function datedLine(rows: readonly (readonly string[])[], order: DateOrder): IsoDate | null {
  for (const row of rows) {
    const cells = row.map((cell) => cleanCell(cell)).filter((cell) => cell !== '');
    if (cells.length === 2 && DATE_LABEL.test(normalizeName(cells[0] as string)))
      return lastDate(cells[1] as string, order);
  }
  return null;
}

/** A labelled balance: the label's cell, then the first cell after it that holds a sum (or the label's own end). */
function labelled(
  rows: readonly (readonly string[])[],
  order: DateOrder,
  mark: DecimalMark,
  digits: number,
): { amount: number; date: IsoDate | null } | null {
  let available: { amount: number; date: IsoDate | null } | null = null;
  for (const row of rows) {
    const cells = row.map((cell) => cleanCell(cell));
    const at = cells.findIndex((cell) => {
      const label = normalizeName(cell);
      return BALANCE_LABEL.test(label) && !NOT_CLOSING.test(label);
    });
    if (at < 0) continue;
    const label = cells[at] as string;
    const own = label.replace(/^[^\d-]*/, '');
    const amount =
      cells
        .slice(at + 1)
        .filter((cell) => cell !== '')
        .map((cell) => amountOf(cell, mark, digits, false))
        .find((value) => value !== null) ?? (own ? amountOf(own, mark, digits, true) : null);
    if (amount === null || amount === undefined) continue;
    const found = { amount, date: lastDate(cells.filter((cell) => cell !== '').join(' '), order) };
    if (!AVAILABLE.test(normalizeName(label))) return found;
    available ??= found;
  }
  return available;
}

/**
 * A summary line without labels, first in the file (Société Générale: account; from; to; count; date; balance,
 * BNP Paribas: type; type; ****1234; date;; balance): an account number, a date, and a sum with decimals last.
 */
function summaryLine(
  rows: readonly (readonly string[])[],
  order: DateOrder,
  mark: DecimalMark,
  digits: number,
): { amount: number; date: IsoDate } | null {
  const cells = (rows[0] ?? []).map((cell) => cleanCell(cell)).filter((cell) => cell !== '');
  if (cells.length < 3 || !cells.some((cell) => ACCOUNT_DIGITS.test(cell.replace(/[\s="]/g, ''))))
    return null;
  if (cells.some((cell) => OTHER_SUM.test(normalizeName(cell)))) return null;
  const amount = amountOf(cells[cells.length - 1] as string, mark, digits, true);
  const date = lastDate(cells.slice(0, -1).join(' '), order);
  return amount !== null && date !== null ? { amount, date } : null;
}

/**
 * The balance a file states in the lines above its rows, as of the end of a day: a labelled closing or current
 * balance (its own date, the preamble's date line, else the last row's date), or a bank's unlabelled summary line.
 * Files with a running balance on their rows need none; the caller asks only for those without.
 */
export function statedBalance(
  preamble: readonly (readonly string[])[],
  options: { order: DateOrder; mark: DecimalMark; digits: number; lastRowDate: IsoDate },
): StatedBalance | undefined {
  const { order, mark, digits, lastRowDate } = options;
  const named = labelled(preamble, order, mark, digits);
  if (named) return { amount: named.amount, date: named.date ?? datedLine(preamble, order) ?? lastRowDate };
  return summaryLine(preamble, order, mark, digits) ?? undefined;
}
