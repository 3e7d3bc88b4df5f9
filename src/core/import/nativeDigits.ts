/**
 * The zero of each run of ten decimal digits besides ASCII that bank files use: Arabic-Indic, Persian, Devanagari,
 * Bengali, Thai, Myanmar, Khmer and full-width (Japanese).
 */
const ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1040, 0x17e0, 0xff10];

const DIGITS =
  '\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\u1040-\u1049\u17e0-\u17e9\uff10-\uff19';
const HAS_NATIVE_DIGIT = new RegExp(`[${DIGITS}]`);
const NATIVE_DIGIT = new RegExp(`[${DIGITS}]`, 'g');
/** Arabic decimal and thousands marks, and full-width ones, between two digits (after the digits are ASCII). */
const MARK_BETWEEN_DIGITS = /(?<=\d)[\u066b\u066c\uff0c\uff0e](?=\d)/g;

function asciiDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  const zero = ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
  return String(code - zero);
}

/**
 * The text with its digits written in ASCII, so amounts and dates written in Arabic-Indic (١٢٫٥٠), Persian
 * (۱۴۰۲/۱۰/۱۵) or full-width (１２３) digits read as numbers. Between digits, the Arabic decimal mark becomes a
 * point and the thousands marks go (a comma would split a cell of a comma-separated file).
 */
export function asciiDigits(text: string): string {
  if (!HAS_NATIVE_DIGIT.test(text)) return text;
  return text
    .replace(NATIVE_DIGIT, asciiDigit)
    .replace(MARK_BETWEEN_DIGITS, (mark) => (mark === '\u066b' || mark === '\uff0e' ? '.' : ''));
}
