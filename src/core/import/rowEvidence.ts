import { currencyCode } from './currency';
import { directionOf } from './direction';
import { cleanCell } from './text';

/** Small clues read from the sample rows before the whole file is read. */

/** The ISO code most rows of a currency column hold, when there is one. */
export function columnCurrency(sample: readonly string[][], col: number): string | undefined {
  if (col < 0) return undefined;
  for (const row of sample) {
    const code = currencyCode(cleanCell(row[col]).toUpperCase());
    if (code) return code;
  }
  return undefined;
}

/**
 * Banks that mark only one side in their indicator column ("CR" for credits, nothing for charges): an empty cell
 * means the other side. Mixed or absent marks: 0 (the amount's own sign stands).
 */
export function emptyDirection(sample: readonly string[][], col: number): -1 | 0 | 1 {
  if (col < 0) return 0;
  let into = 0;
  let out = 0;
  let empty = 0;
  for (const row of sample) {
    const v = cleanCell(row[col]);
    if (!v) empty++;
    else if (directionOf(v) > 0) into++;
    else if (directionOf(v) < 0) out++;
    else return 0;
  }
  if (empty === 0 || into > 0 === out > 0) return 0;
  return out > 0 ? 1 : -1;
}
