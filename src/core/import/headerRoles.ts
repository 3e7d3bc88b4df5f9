import type { ColumnRole } from './types';
import { normalizeName } from './text';
import { currencySign } from './currency';
import { worldMeaning } from './worldHeaderNames';

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

/** A column naming one party of a payment, the other one named beside it (normalized name). */
export const PARTY_COLUMN = /^(from|to|sender|recipient|receiver)$/;

// Patterns run on normalized names (lower case, no accents, non-alphanumerics → single spaces). First match wins.
const RULES: Rule[] = [
  // Things that look like amounts/dates/names but are not the main ones (matched anywhere in the name).
  [
    /\b(local|original|originale|orig|puvodni|povodna|originalbetrag|originalwahrung|originalwaehrung|currency amount|gebuhrenschlussel|gebuehrenschluessel|buchungsreferenz|umsatz getatigt von|compensation|foreign|fremdwahrung|fremdwaehrung|ursprung\w*|francs?|exchange|wechselkurs|kurs|rate|bezeichnung|bankname|bic|blz|swift|mandat\w*|glaubiger\w*|glaeubiger\w*|creditor|kundenreferenz|sammlerreferenz|end to end|extended details|gekennzeichnet\w*|intl|emoji|txn id|reference id|transaktionscode|empfangsnummer|artikelnummer|receipt|card member|card holder|cardholder|titulaire|titolare|karteninhaber|purchased by|member name|customer name|instr amt|instructed amount|amt in txn currency|amount in txn currency|amount in transaction currency|origen|numero de terminal|numero de comprobante|grupo de conceptos)\b/,
    'ignore',
    0,
  ],
  [
    /^(iban zahlungsbeteiligter|partner iban|iban|kontonummer iban|iban kontonummer|tegenrekening|number|nummer|nr|no|id|code|type|transaction type|type operation|type de transaction|time|heure|uhrzeit|tag|tags|notes and tags|city state|address|adresse|zip code|zip|postcode|country|pays|land|sort code|reference number|transaction id|transaktions id|id transakce|n de transaction|numero de transaction|numero de la transaction de reference|payee account number|payer account number|recipient account number|beneficiary account number|counterparty account number|cheque number|check number|check or slip|checknum|pointage|product|account type|account name|kontoname|rekening naam|libelle compte|accountlabel|balance currency|appears on your statement as|anzahl der auftrage|anzahl der schecks|informations complementaires|subcategory)$/,
    'ignore',
    0,
  ],
  // The bank's own category (rank 0 = explicit parent, 1 = category, 2 = sub-category): evidence for the
  // categorizer, never a description.
  [/^(category parent|categoryparent|parent category|categorie parent|hauptkategorie)$/, 'category', 0],
  [
    /^(sous categorie|sub category|unterkategorie|subcategoria|souscategorie|sottocategoria)\b/,
    'category',
    2,
  ],
  [
    /^(category|categorie|kategorie|categoria|spending category|merchant category|categories|kategori|kategoria|kategorija|budgetgrupp)\b/,
    'category',
    1,
  ],
  [/^(status|state|statetype|info|etat|statut|estado|stato|umsatz abgerechnet.*)$/, 'status', 0],
  // Indian banks' short names (Axis: "DR", "CR", "BAL").
  [/^(dr|dr amount|withdrawal amt)$/, 'debit', 0],
  [/^(cr|cr amount|deposit amt)$/, 'credit', 0],
  [/^(bal|closing bal)$/, 'balance', 0],
  // Whole names only: "Amount (in Rs)" is an amount.
  [/^(amount out|out amount)$/, 'debit', 0],
  [/^(amount in|in amount)$/, 'credit', 0],
  [
    /^(af bij|bij af|\w*amount ?sign|amountsign|\w*amountsign|cr dr indicator|debit credit|credit debit|debit or credit|credit or debit|cr dr|dr cr|d c|c d|s h|soll haben|sign|direction|indicator|debet credit|sens|deebet kreedit|cdtdbtind|cdt dbt ind|credit debit indicator|debit credit indicator|προσημο|προσημο ποσου)$/,
    'direction',
    0,
  ],
  // PayPal's side sums of a sale, never the payment's amount.
  [
    /^(shipping and handling amount|insurance amount|sales tax|importe de envio y manipulacion|impuesto de ventas|importe del seguro|versand und bearbeitungsgebuhr|versicherungsbetrag|umsatzsteuer|montant des frais de livraison et de traitement|montant de l assurance|taxe de vente)$/,
    'ignore',
    0,
  ],
  // The currency a fee was charged in, not a fee.
  [/^(fee currency|fees currency|commission currency)$/, 'ignore', 0],
  [/\b(fee|fees|gebuhr\w*|gebuehr\w*|frais|commission|comision|commissione|tarifa)\b/, 'fee', 0],
  // Payment wallets (PayPal): the net amount is what moved; the gross before fees is the amount only without it.
  [/^(net|netto|neto|net amount|montant net|importe neto|importo netto)$/, 'amount', 0],
  [/^(gross|brutto|bruto|brut|lordo|gross amount|montant brut|importe bruto|importo lordo)$/, 'amount', 1],
  [
    /\b(saldo na mutatie|saldo nach buchung|running ?bal\w*|bal after\w*|balance|saldo|solde|kontostand|accountbalance|balanta|saldo contable|saldo disponible|disponibile|bakiye|zustatek|guthaben|sold|saldos|stanje|stada|egyenleg|disponible|baki|likutis|atlikums|so du)\b/,
    'balance',
    0,
  ],
  [
    /^(currency|devise|waehrung|wahrung|munt|moneda|divisa|ccy|currency code|payment currency|posted currency|account currency|mena uctu|valuta|waluta|mena|valuuta|valuutta|monn|monnaie|valutacode|valuta code|valiuta|valuta rekening|rekening valuta|muntsoort|munteenheid|waehrungscode|code devise|iso currency|currency iso|penznem|devizanem|tranzakcio devizaneme|devizaneme|deviza|buchungswahrung|buchungswaehrung|devies)$/,
    'currency',
    0,
    true,
  ],
  [
    /\b(valutadatum|value date|value dat|valuedate|valutadate|date valeur|date de valeur|wertstellung\w*|wertstellungsdatum|wert|valuta|fecha valor|data valuta|valeur|rentedatum|interest date|dateval|datum valuta|valutadag|valutadato|rentedato|data waluty|arvopaiva|erteknap|ngay hieu luc)\b/,
    'valueDate',
    0,
  ],
  // Posting/booking dates (rank 1): the date when a value date exists, else the value date beside a transaction date.
  [
    /\b(posted date|post date|posting date|clearing date|completed date|date comptabilisation|date de comptabilisation|fecha contable|datum boeking|boekdatum|uitvoeringsdatum|bookdate|bookingdate|buchungstag|buchungsdatum|buchung|booking date|data contabile|bokforingsdag|bokforingsdatum|bokforingsdato|bogforingsdato|reskontradatum|data ksiegowania|kirjauspaiva|datum zauctovani|konyveles datuma|bogfort|bogfoert|bokfort|bokfoert)\b/,
    'date',
    1,
  ],
  // UBS cards' "Ecriture": the day the bank booked the purchase ("Libellé de l'écriture" stays a description).
  [/^(date d )?ecriture$/, 'date', 1],
  [
    /\b(transaction date|transactiondate|trans date|date operation|date de l operation|dateop|started date|belegdatum|umsatztag|transaktionsdatum|fecha operacion|fecha|data operazione|data|datum|date|dato|transactiedatum|data operacji|data transakcji|transaktionsdag|transaktionsdatum|tarih|datum provedeni|datum pohybu|datum|fecha|kuupaev|datums|dagsetning|datuma|tanggal|tarikh|ngay giao dich|ngay|timestamp|datetime|date time)\b/,
    'date',
    0,
  ],
  [
    /\b(debit amount|debit|debet|debits|debite|debites|soll|belastung\w*|lastschrift|paid out|money out|outflow|outflows|ausgehend|withdrawal|withdrawals|ausgang|ausgaben|cargo|cargos|addebit\w*|uscite|af|obciazenia|wydatki|ud|ut|uttak|debito|debitos|saida|isplata|isplate|terheles|breme|withdrawn|ghi no)\b/,
    'debit',
    0,
  ],
  [
    /\b(credit amount|credit|credits|credite|credites|haben|gutschrift\w*|paid in|money in|inflow|inflows|eingehend|deposit|deposits|eingang|einnahmen|abono|abonos|accredit\w*|entrate|bij|uznania|wplywy|ind|inn|innskudd|credito|creditos|entrada|uplata|uplate|jovairas|dobro|ghi co)\b/,
    'credit',
    0,
  ],
  [
    /\b(amount|betrag|montant|bedrag|importe|importo|umsatz|valor|summe|cad|usd|eur|gbp|chf|aud|nzd|total amount|kwota|belopp|belob|belop|maara|castka|objem|osszeg|osszege|buchungsbetrag|tutar|bedrag|summa|suma|iznos|znesek|upphaed|jumlah|nominal|amaun|so tien|monto|amt)\b/,
    'amount',
    0,
  ],
  // The other party's account (POST Luxembourg's "Counterparty account"), never the statement's own.
  [
    /\b(counterparty|counter party|contra|contrepartie|contraparte|beneficiary|beneficiaire|beneficiario|payee|payer|recipient|partner|kontrahent\w*|odbiorcy|nadawcy|empfanger|zahlungsbeteiligter)\b.*\b(account|account number|konto|kontonummer|rekening|compte|cuenta|conta|rachunek)$|^(account|konto|kontonummer|compte|cuenta|conta|rachunek|numer rachunku)\b.*\b(counterparty|contrepartie|beneficiaire|contraparte|beneficiario|kontrahenta|odbiorcy|nadawcy)$|^(gegenkonto\w*|protiucet|cislo protiuctu|contracuenta)$/,
    'ignore',
    0,
  ],
  [
    /\b(auftragskonto|account number|account no|account|card no|card number|card|rekening|rekeningnummer|rekeningnr|konto|compte|numero compte|numero de compte|accountnum|cuenta|cislo uctu)$/,
    'account',
    0,
  ],
  // The other party's account number, not its name (Oberbank's "Auftraggeber IBAN/Kto.Nr." beside its name).
  [/\biban\b/, 'ignore', 0],
  // Wallets name both parties (Venmo's From and To): the holder's own name is left out row by row (holderName).
  [PARTY_COLUMN, 'description', 0],
  // French, Spanish and Portuguese exports name the counterparty "Nom"/"Nombre"/"Nome" (PayPal); only the whole
  // name: "Nom de la banque" is not it.
  [/^(nom|nombre|nome|nom du beneficiaire|nom de l emetteur)$/, 'description', 0],
  [
    /\b(beguenstigter|begunstigter|zahlungspflichtige\w*|zahlungsempfanger\w*|zahlungsbeteiligter|auftraggeber|auftraggebername|empfanger|empfaenger|empfangername|empfaengername|payee|payer|counter party|counterparty|partner name|merchant|name|naam|beneficiaire|beneficiary|tegenpartij|ordenante|beneficiario|supplierfound|kontrahent\w*|nadawca odbiorca|odbiorca|nadawca|mottaker|mottagare|saaja maksaja|protiucet nazev|nazev protiuctu|razon social|merchantname|comercio|jogosult|avsandare|namn|afsender|modtager|navn|maksaja|maksunsaaja|nimi|referens)\b/,
    'description',
    0,
  ],
  [
    /\b(verwendungszweck|buchungsdetails|vwz\d*|mededelingen|payment reference|zahlungsreferenz|reference|reason|referenz|memo|notes|note|motif|communication|zweck|bemerkung|causale|concepto|comment|commentaire|omschrijving 2|description 2|remarque|tytul|tytulem|meddelande|viesti|zprava|zprava pro prijemce|poznamka|kozlemeny|aciklama|uwagi|komentar|otsikko|szczegoly|remarks|remark|artikelbezeichnung|item title|betreff|hinweis|subject|observaciones|leyendas adicionales)\b/,
    'description',
    3,
  ],
  // DBS: the payee and purpose in numbered reference columns.
  [/^transaction ref ?[1-9]$/, 'description', 1],
  [
    /\b(buchungstext|umsatzart|umsatztyp|vorgang|mutatiesoort|transaktionstyp|typ|tipo de movimiento)\b/,
    'description',
    2,
  ],
  [
    /\b(description|desc|action|transaktionsbeschreibung|detalii tranzactie|detalii|libelle|omschrijving|descripcion|descrizione|details|detail|label|narrative|particulars|wording|beschreibung|transaction description|text|texto|designation|operation|libelle operation|payee name|umsatztext|opis|opis operacji|beskrivelse|beskrivning|tekst|forklaring|selite|historico|descricao|transakcja|popis|megnevezes|rubrik|title|selgitus|apraksts|descriere|paaiskinimai|mokejimo paskirtis|skyring|texti|gavejas|partner neve|keterangan|uraian|noi dung|dien giai|mo ta|deskripsi|butiran)\b/,
    'description',
    1,
  ],
];

const LOST_LETTERS = ['e', 'a', 'u', 'o', 'i', 'c', 'ss'];

/** Meaning of a header name in the languages of the banks Kept reads (Latin, Cyrillic, CJK); null when unknown. */
export function headerMeaning(name: string): HeaderMeaning | null {
  // A header re-encoded lossily ("D\ufffdbit", "libell\ufffd"): the lost letter was almost always an accented vowel.
  if (name.includes('\ufffd')) {
    for (const letter of LOST_LETTERS) {
      const m = headerMeaning(name.replaceAll('\ufffd', letter));
      if (m) return m;
    }
    return null;
  }
  const n = normalizeName(name);
  if (n.length === 0) return null;
  for (const [re, role, rank, weak] of RULES) {
    if (re.test(n)) return weak ? { role, rank, weak } : { role, rank };
  }
  if (n.charCodeAt(0) > 0x2ff) return worldMeaning(n);
  // Numbered columns ("Description3", "Omschrijving-1"): the name without its number.
  const unnumbered = n.replace(/ ?\d+$/, '');
  return unnumbered !== n && unnumbered.length > 2 ? headerMeaning(unnumbered) : null;
}

const ISO_IN_HEADER =
  /\b(EUR|USD|GBP|CHF|CAD|AUD|NZD|JPY|SEK|NOK|DKK|PLN|CZK|HUF|RON|BGN|HRK|TRY|ZAR|INR|SGD|HKD|MXN|BRL|RUB|UAH|CNY|ILS|ISK|KRW|THB|PHP|MYR|IDR|AED|SAR)\b/;

/** Currency written in a header: "Bedrag (EUR)", "Amount (GBP)", "Betrag (€)", "CAD$", "Débit euros". */
export function currencyFromHeader(name: string): string | undefined {
  const m = ISO_IN_HEADER.exec(name.toUpperCase());
  if (m) return m[1];
  const signed = currencySign(name);
  if (signed) return signed;
  if (/\beuros?\b/i.test(name)) return 'EUR';
  if (name.includes('人民币')) return 'CNY';
  if (/新[臺台]幣/.test(name)) return 'TWD';
  if (/\b(in )?rs\.?\b|\brupees?\b/i.test(name)) return 'INR';
  if (/\bруб/i.test(name)) return 'RUB';
  if (/\bгрн/i.test(name)) return 'UAH';
  if (/\bzł|\bzl\b/i.test(name)) return 'PLN';
  if (/\(ft\)/i.test(name)) return 'HUF';
  return undefined;
}
