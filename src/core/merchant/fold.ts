/**
 * Text folding for payee keys: lowercase ASCII, accents removed, German umlauts transliterated
 * (ü→ue, ö→oe, ä→ae, ß→ss) so that "MÜNCHEN" and "MUENCHEN" give the same key.
 * Used for keys only; display names keep their accents.
 */
import { oneArabicSpelling } from '../arabicLetters';

const GERMAN: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  Ä: 'ae',
  Ö: 'oe',
  Ü: 'ue',
  ẞ: 'ss',
};
const SPECIAL: Record<string, string> = { æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

// eslint-disable-next-line no-control-regex -- plain ASCII needs no folding (the common, fast case)
const ASCII = /^[\x00-\x7f]*$/;

/** True when the text is plain ASCII: nothing to fold but its case (the common, fast case). */
export const isAscii = (text: string): boolean => ASCII.test(text);

/** Lowercase, transliterate and strip diacritics; keeps letters, digits, spaces and `&+.'-` untouched. */
export function foldText(input: string): string {
  if (isAscii(input)) return input.toLowerCase();
  let s = input.replace(/[äöüßÄÖÜẞ]/g, (c) => GERMAN[c] ?? c).toLowerCase();
  s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  s = s.replace(/[æœøłđðþı]/g, (c) => SPECIAL[c] ?? c);
  return s;
}

/**
 * A payee key: folded text reduced to words of letters and digits separated by single spaces. Latin letters fold
 * to `a-z`; other scripts keep their letters (Cyrillic and Greek lower-cased; half-width kana and full-width
 * letters as their usual forms), so "ПЯТЕРОЧКА" and "Пятерочка" share a key and Russian, Japanese or Arabic payees
 * are told apart instead of all sharing an empty one. Apostrophes are dropped inside words ("McDonald's" →
 * "mcdonalds"), `&` and `+` are kept as words.
 */
export function toKey(input: string): string {
  const ascii = isAscii(input);
  // NFKC first (ｽﾀｰﾊﾞｯｸｽ → スターバックス, Ｓ → S), then fold; NFC puts back what folding decomposed (Hangul, kana).
  const folded = ascii
    ? input.toLowerCase()
    : oneArabicSpelling(foldText(input.normalize('NFKC')).normalize('NFC'));
  return folded
    .replace(/['’`´]/g, '')
    .replace(/&/g, ' & ')
    .replace(/\+/g, ' + ')
    .replace(ascii ? /[^a-z0-9&+]+/g : /[^\p{L}\p{M}\p{N}&+]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Same as {@link toKey} but without spaces, for matching "wholefoods" against "whole foods". */
export function toCompactKey(input: string): string {
  return toKey(input).replace(/ /g, '');
}
