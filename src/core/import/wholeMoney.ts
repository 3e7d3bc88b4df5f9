import { cleanCell } from './text';
import type { ColumnStats } from './valueKinds';
import { scriptCurrency } from './currency';

/**
 * A headerless file's currency from its script: kana, Hangul or Thai on a title line above the rows, on the first
 * row, or on most rows (a card file whose merchants are written in kanji still names the holder in kana).
 */
export function headerlessScriptCurrency(
  titleRows: readonly string[][],
  rows: readonly string[][],
): string | undefined {
  for (const row of [...titleRows, ...rows.slice(0, 1)]) {
    const currency = scriptCurrency(row);
    if (currency) return currency;
  }
  const votes = new Map<string, number>();
  for (const row of rows) {
    const currency = scriptCurrency(row);
    if (currency) votes.set(currency, (votes.get(currency) ?? 0) + 1);
  }
  for (const [currency, count] of votes) if (count * 2 >= rows.length) return currency;
  return undefined;
}

/** Longest whole amount taken for money: nine digits is a hundred million yen or won. */
const LONGEST_WHOLE_AMOUNT = 9;

/**
 * Columns of varied whole numbers, for a headerless file in a currency without cents (yen, won), where no
 * column has a decimal mark to say it is money. A counter (1, 2, 3…), a constant (installments "1") or a long
 * number (a card or reference number) is not money.
 */
export function wholeMoneyColumns(
  sample: readonly string[][],
  stats: readonly ColumnStats[],
  unknown: readonly boolean[],
): number[] {
  const columns: number[] = [];
  stats.forEach((s, j) => {
    if (!unknown[j] || s.nonEmpty < sample.length * 0.5 || s.integers < s.nonEmpty * 0.9) return;
    if (s.distinct < Math.min(3, s.nonEmpty) || s.avgLength > LONGEST_WHOLE_AMOUNT) return;
    if (!isCounter(sample, j)) columns.push(j);
  });
  return columns;
}

/** True when the column's numbers go up or down by one from row to row (line numbers). */
function isCounter(sample: readonly string[][], column: number): boolean {
  let previous: number | undefined;
  let steps = 0;
  let pairs = 0;
  for (const row of sample) {
    const value = Number(cleanCell(row[column]));
    if (!Number.isFinite(value)) continue;
    if (previous !== undefined) {
      pairs++;
      if (Math.abs(value - previous) === 1) steps++;
    }
    previous = value;
  }
  return pairs > 0 && steps >= pairs * 0.8;
}
