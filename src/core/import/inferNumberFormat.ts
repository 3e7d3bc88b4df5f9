import type { DecimalMark } from './types';

/**
 * Infers the decimal mark of money columns from all their values: when both marks appear the last one is the
 * decimal; a single mark followed by 1–2 digits is a decimal; repeated marks are thousands separators.
 */
const TRAILING_TEXT = /\D+$/;

/** True when the number's whole part before the mark at `at` is a lone 0 ("0.000"): no thousands group. */
function leadingZero(v: string, at: number): boolean {
  const before = v.charCodeAt(at - 2);
  return v.charCodeAt(at - 1) === 48 && !(before >= 48 && before <= 57);
}

/** Amounts needed before three digits after every mark are read as padded decimals. */
const PADDED_ROWS = 3;

export function inferDecimalMark(values: Iterable<string>, hint: DecimalMark): DecimalMark {
  let comma = 0;
  let dot = 0;
  let weakComma = 0;
  let weakDot = 0;
  let unmarked = 0;
  for (const raw of values) {
    if (!raw) continue;
    // Marks after the last digit belong to a currency word ("руб.", "EUR."), not to the number.
    const v = TRAILING_TEXT.test(raw) ? raw.replace(TRAILING_TEXT, '') : raw;
    const lastComma = v.lastIndexOf(',');
    const lastDot = v.lastIndexOf('.');
    if (lastComma < 0 && lastDot < 0) {
      unmarked++;
      continue;
    }
    if (lastComma >= 0 && lastDot >= 0) {
      if (lastComma > lastDot) comma++;
      else dot++;
      continue;
    }
    const mark = lastComma >= 0 ? ',' : '.';
    const at = lastComma >= 0 ? lastComma : lastDot;
    if (v.indexOf(mark) !== at) {
      // repeated: thousands separator, so the other mark is the decimal one
      if (mark === ',') dot++;
      else comma++;
      continue;
    }
    let digitsAfter = 0;
    for (let k = at + 1; k < v.length; k++) {
      const c = v.charCodeAt(k);
      if (c >= 48 && c <= 57) digitsAfter++;
      else break;
    }
    if (digitsAfter === 3 && !leadingZero(v, at)) {
      if (mark === ',') weakDot++;
      else weakComma++;
    } else if (digitsAfter > 0) {
      if (mark === ',') comma++;
      else dot++;
    }
  }
  if (comma !== dot) return comma > dot ? ',' : '.';
  // Every amount with three digits after the mark the file's delimiter suggests, none without a mark: as
  // thousands every one would be a whole sum over a thousand; these are decimals padded to three places
  // ("53.100" in a comma-separated card export).
  const weakMark = hint === '.' ? weakComma : weakDot;
  if (weakMark >= PADDED_ROWS && weakComma + weakDot === weakMark && unmarked === 0) return hint;
  if (weakComma !== weakDot) return weakComma > weakDot ? ',' : '.';
  return hint;
}
