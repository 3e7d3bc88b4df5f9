import { cleanCell, hasLetter } from './text';
import { looksLikeDate } from './parseDate';
import { parseAmount } from './parseAmount';
import { directionOf } from './direction';
import { currencyCode } from './currency';

/** What the values of one column look like (computed on a sample of data rows). */
export interface ColumnStats {
  nonEmpty: number;
  dates: number;
  /** Amount-like: parses as money and has a decimal separator, a sign or a currency mark. */
  amounts: number;
  /** Plain integers (ids, check numbers, account numbers). */
  integers: number;
  negatives: number;
  /** Contains at least one letter. */
  texts: number;
  directions: number;
  currencyCodes: number;
  /** Zeros ("0", "0.00"): the unused side of a debit/credit pair, neither amount nor counter. */
  zeros: number;
  distinct: number;
  /** Average length of non-empty values. */
  avgLength: number;
}

/** The share of a column's filled values that `part` counts. */
export function ratio(part: number, s: ColumnStats): number {
  return s.nonEmpty === 0 ? 0 : part / s.nonEmpty;
}

const PLAIN_INT = /^[+-]?\d+$/;
const ZERO = /^[+-]?0+(?:[.,]0+)?$/;

export function columnStats(rows: string[][], column: number): ColumnStats {
  const s: ColumnStats = {
    nonEmpty: 0,
    dates: 0,
    amounts: 0,
    integers: 0,
    negatives: 0,
    texts: 0,
    directions: 0,
    currencyCodes: 0,
    zeros: 0,
    distinct: 0,
    avgLength: 0,
  };
  const seen = new Set<string>();
  let totalLength = 0;
  for (const row of rows) {
    const v = cleanCell(row[column]);
    if (v.length === 0) continue;
    s.nonEmpty++;
    totalLength += v.length;
    if (seen.size < 1000) seen.add(v);
    if (looksLikeDate(v)) {
      s.dates++;
      continue;
    }
    if (directionOf(v) !== 0) s.directions++;
    if (v.length <= 7 && currencyCode(v.toUpperCase())) s.currencyCodes++;
    if (ZERO.test(v)) s.zeros++;
    if (PLAIN_INT.test(v)) {
      s.integers++;
      if (v.charCodeAt(0) === 45) s.negatives++;
      continue;
    }
    const amount = parseAmount(v, '.', 2);
    if (amount !== null && v.length < 30) {
      s.amounts++;
      if (amount < 0) s.negatives++;
    } else if (hasLetter(v)) s.texts++;
  }
  s.distinct = seen.size;
  s.avgLength = s.nonEmpty > 0 ? totalLength / s.nonEmpty : 0;
  return s;
}

/** Short kind letter for signatures of headerless files: d(ate), n(umber), t(ext). */
export function kindLetter(s: ColumnStats): string {
  if (s.nonEmpty === 0) return 't';
  if (s.dates / s.nonEmpty >= 0.8) return 'd';
  if ((s.amounts + s.integers) / s.nonEmpty >= 0.8 && s.amounts > 0) return 'n';
  return 't';
}
