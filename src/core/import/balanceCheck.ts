import { parseAmount } from './parseAmount';
import { cleanCell } from './text';

/**
 * Share of rows where the balance moves by the row's amount (either row order). `before`: the balance column is
 * the balance before the row (ASN), so it moves by the previous row's amount.
 */
export function balanceFit(rows: string[][], amountCol: number, balanceCol: number, before = false): number {
  let hits = 0;
  let tried = 0;
  let prev: number | null = null;
  let prevAmount: number | null = null;
  for (const row of rows) {
    const a = parseAmount(cleanCell(row[amountCol]), '.', 2);
    const b = parseAmount(cleanCell(row[balanceCol]), '.', 2);
    if (a === null || b === null) {
      prev = null;
      continue;
    }
    if (prev !== null && prevAmount !== null) {
      tried++;
      if (before ? b - prev === prevAmount || prev - b === a : b - prev === a || prev - b === prevAmount)
        hits++;
    }
    prev = b;
    prevAmount = a;
  }
  return tried === 0 ? 0 : hits / tried;
}

/** A balance repeated unchanged on consecutive rows is the account's current balance, not a running one. */
export function isRunningBalance(rows: string[][], col: number): boolean {
  let pairs = 0;
  let same = 0;
  let prev = '';
  for (const row of rows) {
    const v = cleanCell(row[col]);
    if (v.length === 0) continue;
    if (prev.length > 0) {
      pairs++;
      if (v === prev) same++;
    }
    prev = v;
  }
  return pairs < 3 || same / pairs < 0.6;
}

/** True when two columns hold the same text on every row (cells compared as cleaned). */
export function sameCells(rows: readonly (readonly string[])[], a: number, b: number): boolean {
  for (const row of rows) if (cleanCell(row[a]) !== cleanCell(row[b])) return false;
  return true;
}
