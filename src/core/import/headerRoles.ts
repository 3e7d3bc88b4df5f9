import type { ColumnRole } from './types';
import { normalizeName } from './text';

/** Description parts are joined in this order: counterparty · main label · booking text · purpose. */
export type DescriptionPart = 0 | 1 | 2 | 3;

export interface HeaderMeaning {
  role: ColumnRole;
  /** For 'description': which part it is (join order). For 'date': 0 = transaction date, 1 = posting date. */
  rank: number;
  /** 'valueOnly': the name is ambiguous (e.g. "Valuta"), values decide between this role and others. */
  weak?: boolean;
}

type Rule = [RegExp, ColumnRole, number, boolean?];

// Patterns run on normalized names (lower case, no accents, non-alphanumerics → single spaces). First match wins.
const RULES: Rule[] = [
  // Things that look like amounts/dates/names but are not the main ones (matched anywhere in the name).
  [
    /\b(local|original|orig|compensation|foreign|fremdwahrung|fremdwaehrung|ursprung\w*|francs?|exchange|wechselkurs|kurs|rate|bezeichnung|bankname|bic|blz|swift|mandat\w*|glaubiger\w*|glaeubiger\w*|creditor|kundenreferenz|sammlerreferenz|end to end|extended details|gekennzeichnet\w*|category|categorie|kategorie|categoria|emoji|receipt|card member|purchased by|member name)\b/,
    'ignore',
    0,
  ],
  [
    /^(iban zahlungsbeteiligter|partner iban|iban|kontonummer iban|iban kontonummer|tegenrekening|number|nummer|nr|no|id|code|type|transaction type|type operation|type de transaction|time|heure|uhrzeit|tag|tags|notes and tags|city state|address|adresse|zip code|zip|postcode|country|pays|land|sort code|reference number|transaction id|cheque number|check number|check or slip|checknum|pointage|product|account type|account name|kontoname|rekening naam|libelle compte|accountlabel|balance currency|appears on your statement as|anzahl der auftrage|anzahl der schecks|informations complementaires|sous categorie|subcategory|spending category)$/,
    'ignore',
    0,
  ],
  [/^(status|state|info|etat|statut|estado|stato|umsatz abgerechnet.*)$/, 'status', 0],
  [
    /^(af bij|bij af|debit credit|credit debit|debit or credit|credit or debit|cr dr|dr cr|d c|c d|s h|soll haben|sign|direction|indicator|debet credit)$/,
    'direction',
    0,
  ],
  [/\b(fee|fees|gebuhr\w*|gebuehr\w*|frais|commission)\b/, 'fee', 0],
  [
    /\b(saldo na mutatie|saldo nach buchung|running bal\w*|balance|saldo|solde|kontostand|accountbalance|saldo contable|saldo disponible)\b/,
    'balance',
    0,
  ],
  [/^(currency|devise|waehrung|wahrung|munt|moneda|divisa|ccy|currency code|valuta)$/, 'currency', 0, true],
  [
    /\b(valutadatum|value date|date valeur|date de valeur|wertstellung\w*|wertstellungsdatum|wert|valuta|fecha valor|data valuta|valeur|rentedatum|interest date|dateval|datum valuta)\b/,
    'valueDate',
    0,
  ],
  // Posting/booking dates (rank 1): the date when a value date exists, else the value date beside a transaction date.
  [
    /\b(posted date|post date|posting date|clearing date|completed date|date comptabilisation|date de comptabilisation|fecha contable|datum boeking|boekdatum|buchungstag|buchungsdatum|buchung|booking date|data contabile)\b/,
    'date',
    1,
  ],
  [
    /\b(transaction date|trans date|date operation|date de l operation|dateop|started date|belegdatum|umsatztag|transaktionsdatum|fecha operacion|fecha|data operazione|data|datum|date|dato|transactiedatum)\b/,
    'date',
    0,
  ],
  [
    /\b(debit amount|debit|debet|debits|soll|paid out|money out|withdrawal|withdrawals|ausgang|ausgaben|cargo|cargos|addebit\w*|uscite|af)\b/,
    'debit',
    0,
  ],
  [
    /\b(credit amount|credit|credits|haben|paid in|money in|deposit|deposits|eingang|einnahmen|abono|abonos|accredit\w*|entrate|bij)\b/,
    'credit',
    0,
  ],
  [
    /\b(amount|betrag|montant|bedrag|importe|importo|umsatz|valor|summe|cad|usd|eur|gbp|chf|aud|nzd|total amount)\b/,
    'amount',
    0,
  ],
  [
    /\b(auftragskonto|account number|account no|account|card no|card number|card|rekening|konto|compte|numero compte|numero de compte|accountnum|cuenta)$/,
    'account',
    0,
  ],
  [
    /\b(beguenstigter|begunstigter|zahlungspflichtige\w*|zahlungsempfanger\w*|zahlungsbeteiligter|auftraggeber|empfanger|empfaenger|payee|payer|counter party|counterparty|partner name|merchant|name|naam|beneficiaire|beneficiary|tegenpartij|ordenante|beneficiario|supplierfound)\b/,
    'description',
    0,
  ],
  [
    /\b(verwendungszweck|mededelingen|payment reference|reference|referenz|memo|notes|note|motif|communication|zweck|bemerkung|causale|concepto|comment|commentaire|omschrijving 2|description 2|remarque)\b/,
    'description',
    3,
  ],
  [/\b(buchungstext|umsatzart|umsatztyp|vorgang|mutatiesoort|transaktionstyp)\b/, 'description', 2],
  [
    /\b(description|libelle|omschrijving|descripcion|descrizione|details|detail|label|narrative|particulars|wording|beschreibung|transaction description|text|texto|designation|operation|libelle operation|payee name)\b/,
    'description',
    1,
  ],
];

/** Meaning of a header name in English, French, German, Dutch, Spanish or Italian; null when unknown. */
export function headerMeaning(name: string): HeaderMeaning | null {
  const n = normalizeName(name);
  if (n.length === 0) return null;
  for (const [re, role, rank, weak] of RULES) {
    if (re.test(n)) return weak ? { role, rank, weak } : { role, rank };
  }
  return null;
}

const ISO_IN_HEADER =
  /\b(EUR|USD|GBP|CHF|CAD|AUD|NZD|JPY|SEK|NOK|DKK|PLN|CZK|HUF|RON|BGN|HRK|TRY|ZAR|INR|SGD|HKD|MXN|BRL)\b/;

/** Currency written in a header: "Bedrag (EUR)", "Amount (GBP)", "Betrag (€)", "CAD$", "Débit euros". */
export function currencyFromHeader(name: string): string | undefined {
  const m = ISO_IN_HEADER.exec(name.toUpperCase());
  if (m) return m[1];
  if (name.includes('€') || /\beuros?\b/i.test(name)) return 'EUR';
  if (name.includes('£')) return 'GBP';
  return undefined;
}
