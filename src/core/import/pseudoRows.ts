import { normalizeName } from './text';

/** Balance lines: never transactions. Matched at the start of a cell's normalized text. */
const STRONG =
  /^(opening balance|closing balance|beginning balance|ending balance|starting balance|balance brought forward|balance carried forward|brought forward|carried forward|previous balance|new balance|balance as of|ancien solde|nouveau solde|solde initial|solde final|solde au|solde debiteur|solde crediteur|alter kontostand|neuer kontostand|letzter kontostand|kontostand vom|kontostand am|anfangssaldo|endsaldo|saldo anterior|saldo inicial|saldo final|saldo iniziale|saldo finale|beginsaldo|eindsaldo|startsaldo|saldo vorher|saldo alt|saldo neu|saldo koncowe|saldo poczatkowe|saldo otwarcia|saldo zamkniecia|ingaende saldo|utgaende saldo|ingaende balans|utgaende balans|pocatecni zustatek|konecny zustatek|входящии остаток|исходящии остаток|остаток на начало|остаток на конец|вхіднии залишок|вихіднии залишок|залишок на початок|залишок на кінець|algsaldo|loppsaldo|alkusaldo|loppusaldo|sakuma atlikums|beigu atlikums|pradinis likutis|galutinis likutis|likutis pradziai|likutis pabaigai|nyito egyenleg|zaro egyenleg|前月繰越|繰越残高|전월이월|期初余额|期末余额|上期帳單總額|上期账单总额|前期餘額|前期余额)(?![\p{L}\p{N}])/u;
/** Bare balance words: pseudo only in short cells ("Solde", "Kontostand 31.03.2025"), not in long purposes. */
const BARE = /^(solde|saldo|kontostand|balance)\b/;
/** Totals and section titles: pseudo rows only when they carry no amount or no date. */
const WEAK =
  /^(total|totals|subtotal|sum|summe|totaal|totale|total des operations|total credits|total debits|abschluss|rechnungsabschluss|umsatze|umsaetze|razem|celkem|yhteensa|summa|turnover|kaive|apgrozijums|apyvarta|итого|всего|разом|合计金额|人民币合计|合计|总计金额|总计|小计)(?![\p{L}\p{N}])/u;

/** First letters of every pseudo word: a cheap filter before normalizing (this runs on every row). */
const PREFIXES = new Set<string>();
for (const re of [STRONG, WEAK, BARE]) {
  const words = re.source.replace(/^\^\(|\)\\b$/g, '').split('|');
  for (const w of words) PREFIXES.add(w.slice(0, 3));
}

/** The phrases of a pattern `^(a|b c|…)…`. */
function phrases(re: RegExp): string[] {
  const group = /^\^\(([^)]*)\)/.exec(re.source);
  if (!group) throw new Error(`Pseudo-row patterns start with their phrases: ${re.source.slice(0, 20)}`);
  return (group[1] ?? '').split('|');
}

/**
 * First words of every pseudo phrase. In ASCII text a phrase can only match when the text's first word is one of
 * these ("STARBUCKS" passes the three-letter filter, as "starting balance" starts alike, but stops here).
 */
const FIRST_WORDS = new Set([STRONG, WEAK, BARE].flatMap((re) => phrases(re).map((p) => p.split(' ')[0]!)));

/** Words a balance line may hold besides its balance word: dates, amounts, "au", "per", "as of", "EUR". */
const BALANCE_LINE_WORD =
  /^(\d+|solde|saldo|kontostand|balance|au|du|le|la|de|del|al|am|vom|per|zum|as|of|at|on|the|en|in|op|date|datum|fin|debut|actuel|current|available|disponible|disponibile|comptable|contabile|contable|valeur|ledger|iniziale|finale|inicial|anterior|actual|atual|euro|euros|eur|usd|gbp|chf|cad|aud|sek|nok|dkk|pln|czk|huf|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|fevr|avr|mai|juin|juil|aout|sept|dez|mrz|okt|forward|final|initial|opening|closing|new|old|previous|neu|alt|nouveau|ancien|report|a|reporter|ende|anfang|beginn)$/;

/**
 * A cell starting with a bare balance word is a balance line only when the rest is dates, amounts and filler
 * ("Solde au 31/03/2019", "Kontostand 31.03.2025 EUR"); "Solde prix prestations" is a fee, a real transaction.
 */
function onlyBalanceWords(normalized: string): boolean {
  const words = normalized.split(' ');
  return words.length <= 8 && words.every((w) => BALANCE_LINE_WORD.test(w));
}

const LEADING_MARKS = /^[#*|\s:–-]+/;
const COMBINING = /[\u0300-\u036f]/g;

/** The first three letters, lower case and without accents ("Poč" → "poc", "Ingå" → "ing"). */
function headLetters(text: string): string {
  const head = text.slice(0, 4).toLowerCase();
  let ascii = true;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) > 127) ascii = false;
  return (ascii ? head : head.normalize('NFD').replace(COMBINING, '')).slice(0, 3);
}

/** The three first characters as one number, for ASCII text; -1 otherwise. */
function asciiHeadCode(text: string): number {
  if (text.length < 3) return -1;
  let code = 0;
  for (let i = 0; i < 3; i++) {
    let c = text.charCodeAt(i);
    if (c > 127) return -1;
    if (c >= 65 && c <= 90) c += 32;
    code = code * 128 + c;
  }
  return code;
}

/** PREFIXES of three ASCII characters, as asciiHeadCode numbers. */
const ASCII_PREFIX_CODES = new Set<number>();
for (const prefix of PREFIXES) {
  const code = asciiHeadCode(prefix);
  if (prefix.length === 3 && code >= 0) ASCII_PREFIX_CODES.add(code);
}

const NON_ASCII = /[\u0080-\uffff]/;
const isAscii = (text: string): boolean => !NON_ASCII.test(text);

const isAsciiAlphanumeric = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

const startsWithLetterOrDigit = (text: string): boolean => isAsciiAlphanumeric(text.charCodeAt(0));

/** "#Saldo końcowe", "* Total": marks before the word do not hide it. */
function withoutLeadingMarks(text: string): string {
  return startsWithLetterOrDigit(text) || !LEADING_MARKS.test(text) ? text : text.replace(LEADING_MARKS, '');
}

/** Whether a cell starts as a pseudo word does: number and word lookups for ASCII text, which most cells are. */
function startsLikePseudoWord(start: string): boolean {
  const code = asciiHeadCode(start);
  if (code < 0) return PREFIXES.has(headLetters(start));
  return ASCII_PREFIX_CODES.has(code) && (!isAscii(start) || FIRST_WORDS.has(firstWord(start)));
}

/** The first word of an ASCII text's normalized form (its first run of letters and digits, lower case). */
function firstWord(text: string): string {
  let start = 0;
  while (start < text.length && !isAsciiAlphanumeric(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && isAsciiAlphanumeric(text.charCodeAt(end))) end++;
  return text.slice(start, end).toLowerCase();
}

/** A word written letter by letter ("S A L D O", Banco do Brasil's closing line). */
const SPACED_LETTERS = /^\p{L}( \p{L}){3,}$/u;

/** A total named after what it adds up, in a few words: "Transactions Total", "Grand Total", "Card Total". */
const NAMED_TOTAL = /^(?:\p{L}+ ){1,2}totals?$/u;
const NAMED_TOTAL_LONGEST = 40;
const TOTAL = 'total';

/** True for a short text ending in "total" or "totals" (checked on every row: the last word first). */
function namedTotal(text: string): boolean {
  if (text.length > NAMED_TOTAL_LONGEST) return false;
  let end = text.length;
  if ((text.charCodeAt(end - 1) | 32) === 115) end--;
  if (end < TOTAL.length) return false;
  // Compared letter by letter, without a lower-cased copy: this runs on every cell of every row.
  for (let k = 0; k < TOTAL.length; k++)
    if ((text.charCodeAt(end - TOTAL.length + k) | 32) !== TOTAL.charCodeAt(k)) return false;
  return NAMED_TOTAL.test(normalizeName(text));
}

/** 0 = transaction text, 1 = weak pseudo (totals), 2 = strong pseudo (balances). */
export function pseudoLevel(text: string): 0 | 1 | 2 {
  if (text.length < 3 || text.length > 90) return 0;
  if (namedTotal(text)) return 1;
  if (text.charCodeAt(1) === 32 && SPACED_LETTERS.test(text)) return pseudoLevel(text.replaceAll(' ', ''));
  const start = withoutLeadingMarks(text);
  if (!startsLikePseudoWord(start)) return 0;
  const n = normalizeName(start);
  if (STRONG.test(n)) return 2;
  if (BARE.test(n) && onlyBalanceWords(n)) return 2;
  if (WEAK.test(n)) return 1;
  return 0;
}

/**
 * True when a row is a balance/total line rather than a transaction. `noAmountOrDate` is true when the row has
 * no usable amount (or it is zero) or no date.
 */
export function isPseudoRow(texts: readonly string[], noAmountOrDate: boolean): boolean {
  for (const t of texts) {
    const level = pseudoLevel(t);
    if (level === 2 || (level === 1 && noAmountOrDate)) return true;
  }
  return turnoverOnly(texts);
}

/** A period's turnover, named by nothing else (Swedbank's row type 82): a sum with its amount, not a payment. */
const TURNOVER = /^(turnover|apyvarta|kaive|apgrozijums|omsattning)$/;

const TURNOVER_LONGEST = 16;
const TURNOVER_START = /^\W*[taok]/i;
const BLANK = /^\s*$/;

function turnoverOnly(texts: readonly string[]): boolean {
  let named = false;
  for (const t of texts) {
    if (BLANK.test(t)) continue;
    // Checked on every row: a longer text, or one not starting as a turnover word does, is not normalized.
    if (t.length > TURNOVER_LONGEST || !TURNOVER_START.test(t) || !TURNOVER.test(normalizeName(t)))
      return false;
    named = true;
  }
  return named;
}
