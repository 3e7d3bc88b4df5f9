import { cleanCell, normalizeName } from './text';
import { currencySign } from './currency';

const IBAN = /\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b/;
const MASK = /((?:[*Xx•]{2,}[\s-]?){1,4}\d{3,4})\b/;
const LONG_NUMBER_ALL = /(?:^|[^\d/.,])(\d[\d -]{5,28}\d)(?=$|[^\d/.,])/g;
const DATE_INSIDE = /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4}/;
const COMPACT_DATE = /^(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
const CURRENCIES =
  /\b(EUR|USD|GBP|CHF|CAD|AUD|NZD|JPY|SEK|NOK|DKK|PLN|CZK|HUF|SGD|HKD|INR|CNY|BRL|MXN|ZAR|RUB|ILS|KRW|THB|IDR|MYR|PHP|AED|SAR|RON|BGN|ISK|UAH|NGN|KES|PKR|BDT|VND|TWD)\b/;
/** An account number named inside a sentence: "Statement of Account No - 5153341817 for the period …". */
const NAMED_NUMBER = /\b(?:account|a\/c) (?:no|number|nr)\.?\s*[:\-–]*\s*([A-Z]{0,2}\d[\d ]{5,30}\d)\b/i;
/** Numbers of the customer, not of the account. */
const CUSTOMER_LABEL = /^(customer|client|kunden|cliente|kunde)\b/;

const ACCOUNT_LABEL =
  /^(numero compte|numero de compte|n de compte|compte|account|account number|account no|kontonummer|konto|iban|rekening|rekeningnummer|girokonto|numero de cuenta|cuenta|conto|numero conto|numer rachunku|numer konta|nr rachunku)$/;

/** Finds an IBAN, card mask or account number in free text (preamble lines, account cells). */
export function findAccountNumber(text: string): string | undefined {
  const iban = IBAN.exec(text);
  if (iban) return iban[1]!.replace(/ /g, '');
  const mask = MASK.exec(text);
  if (mask) return mask[1]!.replace(/\s/g, '');
  for (const n of text.matchAll(LONG_NUMBER_ALL)) {
    const found = n[1] as string;
    // A date and time ("[2020-08-30 00:00:00]") is made of digits, dashes and spaces too, and "20250101" is a day.
    if (DATE_INSIDE.test(found) || COMPACT_DATE.test(found)) continue;
    if (found.replace(/[ -]/g, '').length >= 7) return found.trim();
  }
  return undefined;
}

/** Account number and currency written in the lines before the header (IBAN first, then card mask, then number). */
export function readPreamble(rows: readonly string[][]): { number?: string; currency?: string } {
  const cells: string[] = [];
  let currency: string | undefined;
  let labelled: string | undefined;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as string[];
    for (let k = 0; k < row.length; k++) {
      const cell = cleanCell(row[k]);
      if (cell.length === 0) continue;
      const named = labelled ? null : NAMED_NUMBER.exec(cell);
      if (named) labelled = (named[1] as string).replace(/ /g, '');
      if (!labelled && ACCOUNT_LABEL.test(normalizeName(cell))) {
        // The number beside its label, or under it when the label ends its line (mBank: "#Numer rachunku;").
        const beside = row.slice(k + 1).find((c) => cleanCell(c).length > 0);
        const next = cleanCell(beside ?? rows[r + 1]?.find((c) => cleanCell(c).length > 0));
        if (/\d{4}/.test(next) && next.length <= 40)
          labelled = IBAN.exec(next)?.[1]?.replace(/ /g, '') ?? next.split(/\s*\/\s*/)[0]!.trim();
      }
      if (!currency) {
        const m = CURRENCIES.exec(cell.toUpperCase());
        currency = m ? m[1] : (currencySign(cell) ?? (/\beuros?\b/i.test(cell) ? 'EUR' : undefined));
      }
      const label = normalizeName(cell);
      const dateOrAmount =
        /^(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})/.test(cell) ||
        /[.,]\d{1,2}(\s|$|[^\d])/.test(cell);
      if (
        !dateOrAmount &&
        !/^(date|datum|zeitraum|periode|period|von|bis|du|au|from|to|created)\b/.test(label) &&
        !CUSTOMER_LABEL.test(label)
      )
        cells.push(cell);
    }
  }
  let number: string | undefined;
  for (const c of cells) {
    const m = IBAN.exec(c);
    if (m) {
      number = m[1]!.replace(/ /g, '');
      break;
    }
  }
  number = number ?? labelled;
  if (!number) {
    for (const c of cells) {
      number = findAccountNumber(c);
      if (number) break;
    }
  }
  const out: { number?: string; currency?: string } = {};
  if (number) out.number = number;
  if (currency) out.currency = currency;
  return out;
}
