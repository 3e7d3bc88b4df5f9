import type { DateOrder, SignConvention } from './types';
import { normalizeName } from './text';

/** Bank conventions layered on top of the general reading: names, currency, date order, sign. */
export interface BankPreset {
  id: string;
  bankName: string;
  /** Normalized header names that must all be present. */
  headers: string[];
  currency?: string;
  dateOrder?: DateOrder;
  sign?: SignConvention;
  /**
   * The bank exports this shape in several countries (American Express, HSBC): its currency stands only when the
   * person's region does not name another.
   */
  abroadToo?: boolean;
}

const US = { currency: 'USD', dateOrder: 'MDY' as const };
const UK = { currency: 'GBP', dateOrder: 'DMY' as const };
const EU = { currency: 'EUR', dateOrder: 'DMY' as const };

// prettier-ignore
export const PRESETS: BankPreset[] = [
  { id: 'us_chase_checking', bankName: 'Chase', headers: ['details', 'posting date', 'description', 'amount', 'type', 'balance'], ...US },
  { id: 'us_chase_checking', bankName: 'Chase', headers: ['type', 'post date', 'description', 'amount', 'check or slip'], ...US },
  { id: 'us_chase_credit_card', bankName: 'Chase', headers: ['transaction date', 'post date', 'description', 'category', 'type', 'amount'], ...US, sign: 'normal' },
  { id: 'us_chase_credit_card', bankName: 'Chase', headers: ['type', 'trans date', 'post date', 'description', 'amount'], ...US, sign: 'normal' },
  { id: 'us_bofa_checking', bankName: 'Bank of America', headers: ['date', 'description', 'amount', 'running bal'], ...US },
  { id: 'us_bofa_credit_card', bankName: 'Bank of America', headers: ['posted date', 'reference number', 'payee', 'amount'], ...US, sign: 'normal' },
  { id: 'us_citi_credit_card', bankName: 'Citi', headers: ['status', 'date', 'description', 'debit', 'credit'], ...US },
  { id: 'us_capital_one_credit_card', bankName: 'Capital One', headers: ['transaction date', 'posted date', 'card no', 'description', 'debit', 'credit'], ...US },
  { id: 'us_capital_one_360_bank', bankName: 'Capital One', headers: ['account number', 'transaction description', 'transaction date', 'transaction type', 'transaction amount'], ...US },
  { id: 'us_amex', bankName: 'American Express', headers: ['date', 'description', 'card member', 'amount'], ...US, sign: 'inverted', abroadToo: true },
  { id: 'us_amex', bankName: 'American Express', headers: ['date', 'description', 'amount', 'extended details'], ...US, sign: 'inverted', abroadToo: true },
  { id: 'uk_amex', bankName: 'American Express', headers: ['date', 'description', 'amount', 'town city', 'postcode'], ...UK, sign: 'inverted' },
  { id: 'us_apple_card', bankName: 'Apple Card', headers: ['transaction date', 'clearing date', 'description', 'merchant', 'amount usd'], ...US, sign: 'inverted' },
  { id: 'us_discover', bankName: 'Discover', headers: ['trans date', 'post date', 'description', 'amount', 'category'], ...US, sign: 'inverted' },
  { id: 'uk_monzo', bankName: 'Monzo', headers: ['transaction id', 'date', 'time', 'type', 'name', 'emoji'], ...UK },
  { id: 'uk_monzo', bankName: 'Monzo', headers: ['id', 'created', 'amount', 'currency', 'local amount', 'emoji'], ...UK },
  { id: 'uk_starling', bankName: 'Starling', headers: ['date', 'counter party', 'reference', 'type'], ...UK },
  { id: 'uk_barclays', bankName: 'Barclays', headers: ['number', 'date', 'account', 'amount', 'subcategory', 'memo'], ...UK },
  { id: 'uk_lloyds_halifax', bankName: 'Lloyds', headers: ['transaction date', 'transaction type', 'sort code', 'account number', 'debit amount', 'credit amount'], ...UK },
  { id: 'uk_hsbc', bankName: 'HSBC', headers: ['date', 'type', 'description', 'paid out', 'paid in', 'balance'], ...UK },
  { id: 'eu_revolut', bankName: 'Revolut', headers: ['type', 'product', 'started date', 'completed date', 'description', 'amount', 'fee'] },
  { id: 'eu_revolut', bankName: 'Revolut', headers: ['completed date', 'description reference'], dateOrder: 'DMY' },
  { id: 'eu_revolut', bankName: 'Revolut', headers: ['completed date', 'description', 'exchange out', 'exchange in'], dateOrder: 'DMY' },
  { id: 'de_volksbank_vr', bankName: 'Volksbank', headers: ['buchungstag', 'valuta', 'auftraggeber zahlungsempfanger', 'vorgang verwendungszweck', 'umsatz'], ...EU },
  { id: 'de_deutsche_bank_postbank', bankName: 'Deutsche Bank', headers: ['booking date', 'value date', 'transaction type', 'beneficiary originator', 'payment details'], currency: 'EUR', dateOrder: 'MDY' },
  { id: 'fr_societe_generale', bankName: 'Société Générale', headers: ['date de l operation', 'libelle', 'detail de l ecriture', 'montant de l operation'], ...EU },
  { id: 'fr_societe_generale', bankName: 'Société Générale', headers: ['date comptabilisation', 'libelle complet operation', 'montant operation'], ...EU },
  { id: 'fr_credit_agricole', bankName: 'Crédit Agricole', headers: ['date', 'libelle', 'debit euros', 'credit euros'], ...EU },
  { id: 'fr_la_banque_postale', bankName: 'La Banque Postale', headers: ['date', 'libelle', 'montant euros'], ...EU },
  { id: 'fr_boursorama', bankName: 'BoursoBank', headers: ['dateop', 'dateval', 'label', 'amount'], ...EU },
  { id: 'fr_boursorama', bankName: 'BoursoBank', headers: ['date operation', 'date valeur', 'libelle suggere'], ...EU },
  { id: 'fr_credit_mutuel_cic', bankName: 'Crédit Mutuel', headers: ['date', 'date de valeur', 'debit', 'credit', 'libelle', 'solde'], ...EU },
  { id: 'fr_fortuneo', bankName: 'Fortuneo', headers: ['date operation', 'date valeur', 'libelle', 'debit', 'credit'], ...EU },
  { id: 'fr_caisse_epargne', bankName: "Caisse d'Epargne", headers: ['date de comptabilisation', 'libelle simplifie', 'libelle operation'], ...EU },
  { id: 'de_deutsche_bank_postbank', bankName: 'Deutsche Bank', headers: ['buchungstag', 'wert', 'umsatzart', 'betrag'], ...EU },
  { id: 'de_sparkasse_camt', bankName: 'Sparkasse', headers: ['auftragskonto', 'buchungstag', 'valutadatum', 'buchungstext', 'verwendungszweck', 'betrag'], ...EU },
  { id: 'de_ing_diba', bankName: 'ING', headers: ['buchung', 'wertstellungsdatum', 'auftraggeber empfanger', 'betrag'], ...EU },
  { id: 'de_ing_diba', bankName: 'ING', headers: ['buchung', 'valuta', 'auftraggeber empfanger', 'betrag'], ...EU },
  { id: 'de_n26', bankName: 'N26', headers: ['booking date', 'value date', 'partner name', 'amount eur'], ...EU },
  { id: 'de_n26', bankName: 'N26', headers: ['datum', 'empfanger', 'transaktionstyp', 'betrag eur'], ...EU },
  { id: 'de_n26', bankName: 'N26', headers: ['date', 'payee', 'transaction type', 'payment reference', 'amount eur'], ...EU },
  { id: 'de_dkb', bankName: 'DKB', headers: ['buchungsdatum', 'wertstellung', 'status', 'zahlungspflichtige r'], ...EU },
  { id: 'de_dkb', bankName: 'DKB', headers: ['buchungstag', 'wertstellung', 'buchungstext', 'auftraggeber begunstigter', 'betrag eur'], ...EU },
  { id: 'de_dkb', bankName: 'DKB', headers: ['wertstellung', 'belegdatum', 'beschreibung', 'betrag eur'], ...EU, sign: 'normal' },
  { id: 'de_comdirect', bankName: 'comdirect', headers: ['buchungstag', 'wertstellung valuta', 'vorgang', 'buchungstext', 'umsatz in eur'], ...EU },
  { id: 'de_comdirect', bankName: 'comdirect', headers: ['buchungstag', 'umsatztag', 'vorgang', 'buchungstext', 'umsatz in eur'], ...EU },
  { id: 'de_volksbank_vr', bankName: 'Volksbank', headers: ['bezeichnung auftragskonto', 'iban auftragskonto', 'buchungstag', 'betrag'], ...EU },
  { id: 'nl_ing', bankName: 'ING', headers: ['datum', 'naam omschrijving', 'rekening', 'tegenrekening', 'af bij'], ...EU },
  { id: 'nl_ing', bankName: 'ING', headers: ['datum', 'omschrijving', 'rekening', 'rekening naam', 'af bij'], ...EU },
  { id: 'ca_rbc', bankName: 'RBC Royal Bank', headers: ['account type', 'account number', 'transaction date', 'description 1', 'cad'], currency: 'CAD', dateOrder: 'MDY' },
];

/** Names any bank may use: a preset made only of them must also match their order. */
const GENERIC = new Set([
  'date',
  'status',
  'description',
  'debit',
  'credit',
  'amount',
  'balance',
  'type',
  'category',
]);

/**
 * The bank whose header this is: all its names (a bank reorders its columns now and then, Capital One 360 in
 * 2023); a preset of generic names only also in its order (Woolworths' card export with Citi's five names in
 * another order is not Citi's).
 */
export function matchPreset(header: readonly string[] | null): BankPreset | undefined {
  if (!header) return undefined;
  const names = header.map((h) => normalizeName(h));
  const present = new Set(names);
  let best: BankPreset | undefined;
  for (const p of PRESETS) {
    const generic = p.headers.every((h) => GENERIC.has(h));
    const matches = generic ? inOrder(p.headers, names) : p.headers.every((h) => present.has(h));
    if (matches && (!best || p.headers.length > best.headers.length)) best = p;
  }
  return best;
}

/** True when every one of `wanted` appears in `names`, in the same order. */
function inOrder(wanted: readonly string[], names: readonly string[]): boolean {
  let at = 0;
  for (const name of names) if (name === wanted[at]) at += 1;
  return at === wanted.length;
}

export function presetById(id: string | undefined): BankPreset | undefined {
  return id ? PRESETS.find((p) => p.id === id) : undefined;
}
