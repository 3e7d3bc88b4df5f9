import type { Layout } from './layout';
import { isPseudoRow } from './pseudoRows';
import { cleanCell } from './text';
import { moneyColumns } from './wideRows';

/** A line holding only description text (no date, no money, no balance word): the row above continues on it. */
export function continuesRow(
  row: readonly string[],
  l: Layout,
  dateRaw: string,
  parts: readonly string[],
  amount: number | null,
  amountBad: boolean,
): boolean {
  if (dateRaw !== '' || amount !== null || amountBad || allEmpty(parts)) return false;
  for (const k of moneyColumns(l)) if (cleanCell(row[k]) !== '') return false;
  if (l.balance >= 0 && cleanCell(row[l.balance]) !== '') return false;
  return !isPseudoRow(parts, true);
}

/** True when every part is empty text. */
export function allEmpty(parts: readonly string[]): boolean {
  for (let k = 0; k < parts.length; k++) if (parts[k]!.length > 0) return false;
  return true;
}
