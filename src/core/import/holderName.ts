import { PARTY_COLUMN } from './headerRoles';
import { cleanCell, normalizeName } from './text';

/** Rows filling both party columns needed before a name on most of them is taken for the holder's. */
const MIN_ROWS = 3;
/** Share of those rows the holder's name is on (as sender or as recipient). */
const HOLDER_SHARE = 0.6;

/**
 * The account holder's own name in a pair of party columns (Venmo's From and To, a wallet's sender and
 * recipient): the name on most rows that fill both, on either side. Each row's other party is then its
 * counterparty; the holder's name beside it says nothing. Lower case, or undefined.
 */
export function holderName(
  sample: readonly (readonly string[])[],
  header: readonly string[] | null,
  descriptionColumns: readonly number[],
): string | undefined {
  if (!header) return undefined;
  const parties = descriptionColumns.filter((j) => PARTY_COLUMN.test(normalizeName(header[j] ?? '')));
  return parties.length === 2 ? nameOnMostRows(sample, parties[0]!, parties[1]!) : undefined;
}

function nameOnMostRows(sample: readonly (readonly string[])[], a: number, b: number): string | undefined {
  const rowsNamed = new Map<string, number>();
  let both = 0;
  for (const row of sample) {
    const first = cleanCell(row[a]).toLowerCase();
    const second = cleanCell(row[b]).toLowerCase();
    // The holder's name is on one side of each row, never both.
    if (!first || !second || first === second) continue;
    both++;
    rowsNamed.set(first, (rowsNamed.get(first) ?? 0) + 1);
    rowsNamed.set(second, (rowsNamed.get(second) ?? 0) + 1);
  }
  if (both < MIN_ROWS) return undefined;
  for (const [name, rows] of rowsNamed) if (rows >= both * HOLDER_SHARE) return name;
  return undefined;
}

/** Empties the parts that are `name` (lower case), whatever their case. */
export function leaveOut(parts: string[], name: string): void {
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (part.length === name.length && part.toLowerCase() === name) parts[k] = '';
  }
}
