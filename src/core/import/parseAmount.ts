import { isIsoCurrency } from './currency';
import type { DecimalMark } from './types';
import { hasLetter } from './text';

/**
 * Parses a money cell into integer minor units with string arithmetic (never floats, never NaN).
 * Understands currency symbols/codes, `+`, leading or trailing minus, parentheses, CR/DR suffixes,
 * thousands marks `.` `,` space, no-break spaces and `'`. A single separator followed by 1–2 or 4+
 * digits is always the decimal mark; with exactly 3 digits after it the column's `decimalMark` decides.
 * Returns null when the cell holds no number or something that is not an amount (dates, words).
 */
const LAKH = /^[^\d]*\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?[^\d]*$/;
/** The digits of the cell being read, reused across calls (two per row: building a digit string costs more). */
const REUSED_DIGITS = new Uint8Array(256);

export function parseAmount(raw: string, decimalMark: DecimalMark, digits: number): number | null {
  const n = raw.length;
  if (n === 0) return null;
  // A rare longer cell gets its own buffer, so none is kept at the size of the longest cell ever read.
  const ds = n <= REUSED_DIGITS.length ? REUSED_DIGITS : new Uint8Array(n);
  let digitCount = 0;
  let negative = false;
  let minusesBefore = 0;
  let sawDigit = false;
  let afterDigitsText = false;
  let commas = 0;
  let dots = 0;
  let lastSep = 0; // char code of the last separator
  let lastSepAt = -1; // number of digits before the last separator
  let letters = '';
  let lettersBefore = 0;
  /** Letters written right against the first digit ("VWZ1", "EUR100"), when there are any. */
  let gluedPrefix = '';
  let groupStart = -1; // digit index of the previous separator, to check thousands groups
  let textAfterDigits = false; // a symbol or word of another script after the number (₽, руб, zł)
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (afterDigitsText) return null;
      if (!sawDigit && lettersBefore > 0 && isAsciiLetter(raw.charCodeAt(i - 1)))
        gluedPrefix = leadingLetters(raw, i);
      ds[digitCount++] = c - 48;
      sawDigit = true;
    } else if (c === 44 || c === 46) {
      if (!sawDigit) {
        // The dot of a currency word before the number ("Rs. 1,234.56") is not a decimal mark.
        if (lettersBefore > 0) continue;
        // ".5" or ",50": a separator before any digit
        if (c === 46) dots++;
        else commas++;
        lastSep = c;
        lastSepAt = 0;
        continue;
      }
      // A dot ending a currency word after the number ("1 234,56 руб.", "12,50 EUR.").
      if (letters.length > 0 || textAfterDigits) continue;
      if (afterDigitsText) return null;
      // A separator that is followed by another one is a thousands mark: its group has 3 digits
      // (Indian lakh grouping "1,23,456.78" has pairs before the last three).
      if (groupStart >= 0 && digitCount - groupStart !== 3)
        return LAKH.test(raw) ? parseAmount(raw.replace(/,/g, ''), decimalMark, digits) : null;
      groupStart = digitCount;
      if (c === 44) commas++;
      else dots++;
      lastSep = c;
      lastSepAt = digitCount;
    } else if (c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 39 || c === 0x2019) {
      if (sawDigit && letters.length > 0) afterDigitsText = true;
    } else if (c === 45 || c === 0x2212 || c === 0x2013) {
      // Two minus signs negate each other (USAA writes a credit as "--1000").
      if (!sawDigit) minusesBefore++;
      else {
        // trailing minus ("12,50-") only at the very end (spaces allowed)
        for (let k = i + 1; k < n; k++) if (raw.charCodeAt(k) > 32) return null;
        negative = true;
        break;
      }
    } else if (c === 43) {
      if (sawDigit) {
        // Trailing plus ("2,150.00+", Maybank) only at the very end, like a trailing minus.
        for (let k = i + 1; k < n; k++) if (raw.charCodeAt(k) > 32) return null;
        break;
      }
    } else if (c === 40) {
      negative = true;
    } else if (c === 41) {
      continue;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (sawDigit) {
        letters += raw[i];
        if (letters.length > 4) return null;
      } else if (++lettersBefore > 3) return null;
    } else if (c === 47 || c === 58) {
      return null; // dates, times
    } else if (c === 61 || c === 34) {
      continue;
    } else if (c > 127) {
      // After the number, a Chinese, Japanese or Korean sign is its currency ("1,000円", "5000원"); other words
      // make it a count ("1回払い": one instalment).
      if (sawDigit && isCjk(c) && !CJK_CURRENCY.has(c)) return null;
      if (sawDigit) textAfterDigits = true;
      // A word of another script before the number ("Описание 1") is text, as a Latin one is; a currency word is
      // short ("руб.", "лв", "zł").
      else if (hasLetter(raw[i] as string) && ++lettersBefore > 3) return null;
      continue; // currency symbols and other marks
    } else if (c === 92) {
      // Japanese banks' yen sign: Shift-JIS writes ¥ as byte 0x5C, the backslash ("\7,000").
      if (sawDigit) return null;
      continue;
    } else if (c === 36 || c === 42 || c === 35) {
      // "*" or "#" after digits: a masked card or account number ("4500********1234"), not money.
      if (sawDigit && c !== 36) return null;
      continue;
    } else {
      return null;
    }
    if (sawDigit && letters.length > 0 && c >= 48 && c <= 57) return null;
  }
  if (!sawDigit) return null;
  if (minusesBefore % 2 === 1) negative = true;
  // A label numbered without a separator ("VWZ1", "Ref2") is not money: only a currency code stands glued to a
  // whole number ("EUR100").
  if (gluedPrefix && lastSepAt < 0 && !isIsoCurrency(gluedPrefix.toUpperCase())) return null;
  if (letters.length > 0) {
    const l = letters.toUpperCase();
    if (l === 'DR' || l === 'D' || l === 'DB' || l === 'S') negative = true;
    else if (l === 'CR' || l === 'C' || l === 'H') negative = negative && false;
  }
  let intEnd = digitCount;
  let fracStart = digitCount;
  if (lastSepAt >= 0) {
    const both = commas > 0 && dots > 0;
    const count = lastSep === 44 ? commas : dots;
    let isDecimal: boolean;
    if (both) isDecimal = count === 1;
    else if (count > 1) isDecimal = false;
    else {
      const after = digitCount - lastSepAt;
      isDecimal = after !== 3 || String.fromCharCode(lastSep) === decimalMark;
    }
    if (isDecimal) {
      intEnd = lastSepAt;
      fracStart = lastSepAt;
    } else if (digitCount - lastSepAt !== 3) return null;
  }
  // Exact below 2^53; a larger whole part stays at or above 2^53, so it is refused below either way.
  let minor = 0;
  for (let k = 0; k < intEnd; k++) minor = minor * 10 + ds[k]!;
  const fracLength = digitCount - fracStart;
  for (let k = 0; k < digits; k++) minor = minor * 10 + (k < fracLength ? ds[fracStart + k]! : 0);
  if (fracLength > digits && ds[fracStart + digits]! >= 5) minor += 1;
  if (!Number.isFinite(minor) || minor > Number.MAX_SAFE_INTEGER) return null;
  if (minor === 0) return 0;
  return negative ? -minor : minor;
}

/** True when a cell is an amount-looking number (has a decimal separator, a sign or a currency mark). */
export function looksLikeAmount(raw: string): boolean {
  return parseAmount(raw, '.', 2) !== null;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The run of ASCII letters that ends right before `end`. */
function leadingLetters(raw: string, end: number): string {
  let start = end;
  while (start > 0 && isAsciiLetter(raw.charCodeAt(start - 1))) start--;
  return raw.slice(start, end);
}

/** Chinese, Japanese and Korean letters (kana, ideographs, hangul). */
const isCjk = (c: number): boolean => (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);

/** Currency signs written in those scripts: yen, yuan, won (and ten thousand, as in "1万円"). */
const CJK_CURRENCY = new Set([...'円元圆圓원万萬'].map((sign) => sign.charCodeAt(0)));

const SIDE_MARK = /[\d\s.](?:DR|CR|DB)\.?$/i;

/** True when a sum carries its own side as a Dr/Cr mark after its digits ("0.80Dr", "15.00 CR", "7.00 DB."). */
export function writesSide(raw: string): boolean {
  // Checked on every debit and credit cell: the last letter first.
  const last = raw.charCodeAt(raw.length - 1) | 32;
  return (last === 114 || last === 98 || last === 46) && SIDE_MARK.test(raw);
}
