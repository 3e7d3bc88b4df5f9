import { parseAmount } from './parseAmount';
import { cleanCell } from './text';

/**
 * The euro's fixed conversion rates (franc, mark, Belgian franc, peseta, lira, guilder, schilling, escudo, markka,
 * Irish pound, drachma): some banks still print every sum in the old currency beside it (a French card export's
 * "-12.80,-83.96").
 */
const EURO_RATES = [
  6.55957, 1.95583, 40.3399, 166.386, 1936.27, 2.20371, 13.7603, 200.482, 5.94573, 0.787564, 340.75,
];

/** True when column `b` holds column `a`'s sums converted at one of the euro's fixed rates, on two rows or more. */
export function isLegacyConversion(rows: readonly (readonly string[])[], a: number, b: number): boolean {
  const pairs: [number, number][] = [];
  for (const row of rows) {
    const euros = parseAmount(cleanCell(row[a]), '.', 2);
    const old = parseAmount(cleanCell(row[b]), '.', 2);
    if (euros !== null && old !== null && euros !== 0) pairs.push([euros, old]);
  }
  if (pairs.length < 2) return false;
  // Each sum is rounded to the cent in both currencies: a cent of euros is `rate` cents of the old one.
  return EURO_RATES.some((rate) => pairs.every(([euros, old]) => Math.abs(old - euros * rate) <= rate + 1));
}
