import type { Layout } from './layout';
import type { DecimalMark } from './types';
import { looksLikeDate } from './parseDate';
import { parseAmount } from './parseAmount';
import { cleanCell, hasLetter } from './text';

/** Rows wider than their header: cells split on the delimiter, glued back or read as more description. */

export function hasExtraText(row: readonly string[], width: number): boolean {
  for (let k = width; k < row.length; k++) if (row[k]!.trim() !== '') return true;
  return false;
}

// A quote that did not open the field (" , " delimiters) stays literal and is split along with the number.
const FRAGMENT_HEAD = /^"?[-+(]?\s*\D{0,3}\s*\d{1,3}$/;
const FRAGMENT_TAIL = /^\d{3}(?:[.,]\d{1,2})?\)?"?$/;

/**
 * An unquoted amount with a thousands separator equal to the delimiter ("1,415.41" in a comma file) splits into
 * "1" and "415.41": glue such fragments back while the row is wider than the header.
 */
export function mergeThousandsFragments(
  row: string[],
  width: number,
  moneyColumns: ReadonlySet<number>,
): string[] {
  let out = row;
  for (let k = 0; k + 1 < out.length && out.length > width; k++) {
    // Only where the header has money: "12" then "345.67" elsewhere are two real cells.
    if (!moneyColumns.has(k)) continue;
    const head = out[k]!.trim();
    const tail = out[k + 1]!.trim();
    if (FRAGMENT_HEAD.test(head) && FRAGMENT_TAIL.test(tail)) {
      out = [...out.slice(0, k), `${head},${tail}`.replaceAll('"', ''), ...out.slice(k + 2)];
    }
  }
  return out;
}

const moneyCache = new WeakMap<Layout, Set<number>>();

export function moneyColumns(l: Layout): Set<number> {
  let set = moneyCache.get(l);
  if (!set) {
    set = new Set([...l.amounts, l.debit, l.credit, l.balance, l.fee].filter((k) => k >= 0));
    moneyCache.set(l, set);
  }
  return set;
}

export function hasExtraValues(row: readonly string[], width: number): boolean {
  for (let k = width; k < row.length; k++) {
    const v = cleanCell(row[k]);
    if (v && !/\p{L}/u.test(v) && (parseAmount(v, '.', 2) !== null || looksLikeDate(v))) return true;
  }
  return false;
}

/**
 * A description holding the delimiter, unquoted (HDFC: "NEFT DR-…, MUM-…"), pushes every later cell one place
 * right: its pieces are glued back when the row then fits its header (`fits`: a date and money where the header
 * has them). Up to three pieces too many.
 */
export function mergeSplitDescription(
  row: readonly string[],
  width: number,
  descriptionColumns: readonly number[],
  delimiter: string,
  fits: (row: readonly string[]) => boolean,
): readonly string[] {
  const extra = row.length - width;
  if (extra <= 0 || extra > 3) return row;
  for (const d of descriptionColumns) {
    if (d + extra >= row.length) continue;
    // Only words continue a description: "B,-2.00,7.00" stays a line that cannot be trusted.
    if (!row.slice(d + 1, d + extra + 1).every(isWordPiece)) continue;
    const merged = [
      ...row.slice(0, d),
      row.slice(d, d + extra + 1).join(delimiter),
      ...row.slice(d + extra + 1),
    ];
    if (fits(merged)) return merged;
  }
  return row;
}

function isWordPiece(cell: string): boolean {
  const v = cleanCell(cell);
  return hasLetter(v) && parseAmount(v, '.', 2) === null && !looksLikeDate(v);
}

/** True when a row has a date where the layout reads one, and money (or nothing) in every money column. */
export function fitsLayout(
  row: readonly string[],
  l: Layout,
  readDate: (text: string) => string | null,
  decimalMark: DecimalMark,
): boolean {
  if (l.date < 0 || readDate(cleanCell(row[l.date])) === null) return false;
  if (l.valueDate >= 0) {
    const v = cleanCell(row[l.valueDate]);
    if (v !== '' && readDate(v) === null) return false;
  }
  for (const k of moneyColumns(l)) {
    const v = cleanCell(row[k]);
    if (v !== '' && parseAmount(v, decimalMark, 2) === null) return false;
  }
  return true;
}
