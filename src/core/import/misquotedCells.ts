import type { Layout } from './layout';
import type { DecimalMark } from './types';
import { cleanCell } from './text';
import { fitsLayout } from './wideRows';

/**
 * A quote inside a quoted field that the bank did not double (Swedbank: "UAB "Naktida"") ends the field early to
 * a CSV parser, which runs on to the next real closing quote: two fields come out as one cell holding `...","...`
 * (quote, delimiter, quote), and the row is narrower than its table. Such a cell is split back where those stood.
 */
export function splitMisquotedCells(row: string[], delimiter: string): string[] {
  const seam = `"${delimiter}"`;
  return row.some((cell) => cell.includes(seam)) ? row.flatMap((cell) => cell.split(seam)) : row;
}

/** A row narrower than its table, mended: fields glued by an undoubled quote, or several fields quoted as one. */
export function splitShortRow(
  row: string[],
  l: Layout,
  delimiter: string,
  readDate: (text: string) => string | null,
  decimalMark: DecimalMark,
): string[] {
  const mended = splitMisquotedCells(row, delimiter);
  if (mended.length >= l.width) return mended;
  const reads = (candidate: readonly string[]) => readsAnAmount(candidate, l, readDate, decimalMark);
  return splitJoinedFields(mended, l.width, delimiter, reads);
}

function readsAnAmount(
  row: readonly string[],
  l: Layout,
  readDate: (text: string) => string | null,
  decimalMark: DecimalMark,
): boolean {
  if (!fitsLayout(row, l, readDate, decimalMark)) return false;
  for (const k of [...l.amounts, l.debit, l.credit]) if (k >= 0 && cleanCell(row[k]) !== '') return true;
  return false;
}

/**
 * Several fields the bank quoted as one (an old Danske Bank LT export writes address, city and country as
 * ",Vilnius08500,LT"): the row is narrower than its table by as many delimiters as that cell holds, none followed
 * by a space as in text ("XXX, mokėjimo"). Split back when it is the only such cell, and the row reads a date and
 * an amount once split and not as it stands.
 */
export function splitJoinedFields(
  row: string[],
  width: number,
  delimiter: string,
  reads: (candidate: readonly string[]) => boolean,
): string[] {
  const missing = width - row.length;
  let at = -1;
  for (let k = 0; k < row.length; k++) {
    if (!joinsFields(row[k]!, delimiter, missing)) continue;
    if (at >= 0) return row;
    at = k;
  }
  if (at < 0 || reads(row)) return row;
  const split = [...row.slice(0, at), ...row[at]!.split(delimiter), ...row.slice(at + 1)];
  return reads(split) ? split : row;
}

/** True when `cell` holds exactly `count` delimiters, none followed by a space. */
function joinsFields(cell: string, delimiter: string, count: number): boolean {
  let found = 0;
  for (let at = cell.indexOf(delimiter); at >= 0; at = cell.indexOf(delimiter, at + 1)) {
    found += 1;
    if (found > count || cell.charCodeAt(at + delimiter.length) === 32) return false;
  }
  return found === count;
}
