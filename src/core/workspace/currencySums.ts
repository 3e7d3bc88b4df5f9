import type { Transaction } from '../types';

/** Signed sums per currency (minor units), never added across currencies. */
export type CurrencySums = ReadonlyMap<string, number>;

/** One pass that looks the running sum up only when the currency changes from one row to the next. */
export function sumByCurrency(rows: readonly Pick<Transaction, 'amount' | 'currency'>[]): CurrencySums {
  const sums = new Map<string, number>();
  let currency: string | null = null;
  let sum = 0;
  for (const row of rows) {
    if (row.currency !== currency) {
      if (currency !== null) sums.set(currency, sum);
      currency = row.currency;
      sum = sums.get(currency) ?? 0;
    }
    sum += row.amount;
  }
  if (currency !== null) sums.set(currency, sum);
  return sums;
}

/** The sums of all the parts together. */
export function addSums(parts: Iterable<CurrencySums>): CurrencySums {
  const sums = new Map<string, number>();
  for (const part of parts)
    for (const [currency, sum] of part) sums.set(currency, (sums.get(currency) ?? 0) + sum);
  return sums;
}
