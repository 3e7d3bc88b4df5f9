import { looksLikeDate } from './parseDate';
import { cleanCell, isWords } from './text';

/** Fewest named columns for a line to be taken as another table's header. */
const HEADER_CELLS = 3;

/**
 * True when line `at` heads another kind of table below the transactions (a card bill's interest rates:
 * "Descrição;Taxa ao Mês;Taxa ao Ano…"): a line of words only, in several cells, with no date anywhere below it.
 * Its lines are not transactions, so they are not reported as unreadable ones.
 */
export function startsTrailingTable(table: readonly (readonly string[])[], at: number): boolean {
  const cells = (table[at] ?? []).map((cell) => cleanCell(cell)).filter((cell) => cell !== '');
  if (cells.length < HEADER_CELLS || !cells.every(isWords)) return false;
  for (let k = at + 1; k < table.length; k++)
    if ((table[k] as readonly string[]).some((cell) => looksLikeDate(cleanCell(cell)))) return false;
  return true;
}

/** The lines from `at` on that hold anything. */
export function filledLinesFrom(table: readonly (readonly string[])[], at: number): number {
  let count = 0;
  for (let k = at; k < table.length; k++)
    if ((table[k] as readonly string[]).some((cell) => cell.trim() !== '')) count++;
  return count;
}
