import { currencyForLocale } from '../money';
import type { StatementRow } from './types';

/** Decimals of the amounts of a file that names no currency, unless told its account's (most currencies have two). */
export const UNNAMED_CURRENCY_DIGITS = 2;

/** The most common row currency, if rows carry one. */
export function summarizeCurrency(rows: readonly StatementRow[]): string | undefined {
  const counts = new Map<string, number>();
  // Indexed: this runs once per import over every row, mostly before the engine optimizes it, where a for-of
  // allocates an iterator result per row.
  for (let i = 0; i < rows.length; i++) {
    const currency = rows[i]!.currency;
    if (currency) counts.set(currency, (counts.get(currency) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [c, n] of counts) {
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

/** A three-letter code beside an amount ("5718,49 EUR", "RON 12.00"). */
const CODE_IN_VALUE = /(?:^|[\s\d(-])([A-Z]{3})(?=$|[\s\d)])/g;
/** Real codes that are also English words a cell could hold beside a number. */
const CODE_WORDS = new Set(['ALL', 'TOP', 'CUP', 'BOB', 'MOP', 'SOS']);

/**
 * Symbols written in money cells, each with its currency; longer ones first ("CA$" before "A$" before "$"). "¥"
 * is read as yen (Chinese statements write 元 or CNY).
 */
const SYMBOLS: readonly (readonly [string, string])[] = [
  ['US$', 'USD'],
  ['CA$', 'CAD'],
  ['AU$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['MX$', 'MXN'],
  ['R$', 'BRL'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['S$', 'SGD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['円', 'JPY'],
  ['元', 'CNY'],
  ['₩', 'KRW'],
  ['원', 'KRW'],
  ['₹', 'INR'],
  ['₺', 'TRY'],
  ['₪', 'ILS'],
  ['₽', 'RUB'],
  ['₴', 'UAH'],
  ['₫', 'VND'],
  ['฿', 'THB'],
  ['₱', 'PHP'],
  ['zł', 'PLN'],
  ['Kč', 'CZK'],
  ['Rp', 'IDR'],
];

/** Currencies written with a bare "$" at home. */
const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'TWD', 'MXN', 'ARS', 'CLP', 'COP', 'UYU']);

/**
 * The currency of the region a locale names ("en-SG" → SGD); undefined for a language alone ("en") and for
 * "en-US", the browsers' default setting in many countries, which says little of where the person lives.
 */
export function regionCurrency(locale: string | undefined): string | undefined {
  if (!locale || !/[-_][A-Za-z]{2}\b/.test(locale) || /^en[-_]us\b/i.test(locale)) return undefined;
  return currencyForLocale(locale);
}

/** What a bare "$" stands for to a person whose browser locale is `locale`: their dollar or peso, else the US one. */
export function dollarFor(locale: string | undefined): string {
  const home = locale ? currencyForLocale(locale) : 'USD';
  return DOLLARS.has(home) ? home : 'USD';
}

/** The currency of the first sign in `text` ("R$", "€", "₩", "zł"…; a bare "$" says nothing here). */
export function currencySign(text: string): string | undefined {
  for (const [symbol, currency] of SYMBOLS)
    if (text.includes(symbol) && (!CJK_UNIT.has(symbol) || unitAlone(text, symbol))) return currency;
  return undefined;
}

/** Signs that are also letters of words: 元金 (principal, in a Japanese card's header) names no yuan. */
const CJK_UNIT = new Set(['円', '元', '원']);
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function unitAlone(text: string, unit: string): boolean {
  for (let at = text.indexOf(unit); at >= 0; at = text.indexOf(unit, at + 1))
    if (!CJK_LETTER.test(text.charAt(at + 1))) return true;
  return false;
}

/**
 * The currency of the only country that writes a file's script, when its header (or first rows) holds some: kana
 * is Japanese, Hangul Korean, Thai letters Thai. Chinese characters alone are written in several.
 */
export function scriptCurrency(cells: readonly string[]): string | undefined {
  const text = cells.join(' ');
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'JPY';
  if (/\p{Script=Hangul}/u.test(text)) return 'KRW';
  if (/\p{Script=Thai}/u.test(text)) return 'THB';
  return undefined;
}

function codeIn(value: string): string | undefined {
  for (const match of value.matchAll(CODE_IN_VALUE)) {
    const code = match[1] as string;
    if (isIsoCurrency(code) && !CODE_WORDS.has(code)) return code;
  }
  return undefined;
}

/**
 * Currency written inside money cells ("5718,49 EUR", "€12.50", "R$ 1.234,56", "350円", "1 234,50 zł"); a bare
 * "$" is `dollar`.
 */
export function currencyFromValues(values: Iterable<string>, dollar = 'USD'): string | undefined {
  let checked = 0;
  for (const v of values) {
    if (!v) continue;
    if (++checked > 200) break;
    const code = codeIn(v);
    if (code) return code;
    const signed = currencySign(v);
    if (signed) return signed;
    if (v.includes('$')) return dollar;
  }
  return undefined;
}

// Active ISO 4217 codes: a column of three-letter codes is a currency only when they are real ones (not POS, ATM).
const ISO_4217 = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF ' +
    'CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD ' +
    'HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD ' +
    'MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN ' +
    'PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD ' +
    'TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL'
  ).split(' '),
);

/** True for a real ISO 4217 currency code (upper case). */
export function isIsoCurrency(code: string): boolean {
  return code.length === 3 && ISO_4217.has(code);
}

/** Codes withdrawn from ISO 4217 that banks still write: the Russian rouble's pre-1998 RUR (Sberbank, Alfa, VTB). */
const WITHDRAWN: Readonly<Record<string, string>> = { RUR: 'RUB' };

/**
 * Currency names banks write in a currency column, upper case: only those that name one currency wherever they
 * are written ("Pesos" and "Dollars" name several, "kr" four) and cannot be a bank's code for something else
 * ("FT", "TL").
 */
const NAMES: readonly (readonly [string, string])[] = [
  ['DÓLARES', 'USD'],
  ['DOLARES', 'USD'],
  ['U$S', 'USD'],
  ['U$D', 'USD'],
  ['EUROS', 'EUR'],
  ['REAIS', 'BRL'],
  ['SOLES', 'PEN'],
  ['РУБ', 'RUB'],
  ['РУБ.', 'RUB'],
  ['РУБЛЬ', 'RUB'],
  ['РУБЛИ', 'RUB'],
  ['ГРН', 'UAH'],
  ['ГРН.', 'UAH'],
  ['ZŁOTY', 'PLN'],
  ['LEI', 'RON'],
];

/** Each sign written alone, and each currency name, upper case, with its currency. */
const NAMED: ReadonlyMap<string, string> = new Map([
  ...SYMBOLS.map(([sign, currency]) => [sign.toUpperCase(), currency] as const),
  ...NAMES,
]);

/**
 * The ISO 4217 code a cell in upper case names: a code (a withdrawn one as its successor), a sign alone ("€" in
 * BBVA's Divisa column, "ZŁ"; a bare "$" names no currency) or a name ("DÓLARES").
 */
export function currencyCode(upperCaseCell: string): string | undefined {
  if (isIsoCurrency(upperCaseCell)) return upperCaseCell;
  return NAMED.get(upperCaseCell) ?? WITHDRAWN[upperCaseCell];
}
