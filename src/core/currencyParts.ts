import type { StatementReading } from './import/types';
import type { CurrencyCode } from './types';

/**
 * The currencies of a statement whose rows are in several (a Revolut or Wise export holds one pocket per
 * currency, each with its own running balance), most rows first; empty for a statement in one currency. Each
 * becomes an account of its own: one account's balance is never a mix of euros and dollars.
 */
export function currencyParts(reading: StatementReading): CurrencyCode[] {
  const counts = new Map<CurrencyCode, number>();
  for (const row of reading.rows) {
    const currency = row.currency ?? reading.currency;
    if (currency) counts.set(currency, (counts.get(currency) ?? 0) + 1);
  }
  if (counts.size < 2) return [];
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([currency]) => currency);
}

/** The reading of one currency's rows only (its pocket), in that currency. */
export function onlyCurrency(reading: StatementReading, currency: CurrencyCode): StatementReading {
  return {
    ...reading,
    currency,
    rows: reading.rows.filter((row) => (row.currency ?? reading.currency) === currency),
  };
}
