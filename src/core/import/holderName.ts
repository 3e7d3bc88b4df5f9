import { PARTY_COLUMN } from './headerRoles';
import { cleanCell, normalizeName } from './text';

/** Rows filling both party columns needed before a name found in both is taken for the holder's. */
const MIN_ROWS = 3;

/**
 * The account holder's own name in a pair of party columns (Venmo's From and To, a wallet's sender and
 * recipient): the name found in both columns, on at least half of the rows that fill both. Each row's other
 * party is then its counterparty; the holder's name beside it says nothing. Lower case, or undefined.
 */
export function holderName(
  sample: readonly (readonly string[])[],
  header: readonly string[] | null,
  descriptionColumns: readonly number[],
): string | undefined {
  if (!header) return undefined;
  const parties = descriptionColumns.filter((j) => PARTY_COLUMN.test(normalizeName(header[j] ?? '')));
  return parties.length === 2 ? nameInBoth(sample, parties[0]!, parties[1]!) : undefined;
}

function nameInBoth(sample: readonly (readonly string[])[], a: number, b: number): string | undefined {
  const inA = new Map<string, number>();
  const inB = new Map<string, number>();
  let both = 0;
  for (const row of sample) {
    const first = cleanCell(row[a]).toLowerCase();
    const second = cleanCell(row[b]).toLowerCase();
    // The holder's name is on one side of each row, never both.
    if (!first || !second || first === second) continue;
    both++;
    inA.set(first, (inA.get(first) ?? 0) + 1);
    inB.set(second, (inB.get(second) ?? 0) + 1);
  }
  if (both < MIN_ROWS) return undefined;
  for (const [name, count] of inA) {
    const other = inB.get(name);
    if (other !== undefined && count + other >= both / 2) return name;
  }
  return undefined;
}

/** Empties the parts that are `name` (lower case), whatever their case. */
export function leaveOut(parts: string[], name: string): void {
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (part.length === name.length && part.toLowerCase() === name) parts[k] = '';
  }
}
