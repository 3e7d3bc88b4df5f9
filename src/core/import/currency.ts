import type { StatementRow } from './types';

/** The most common row currency, if rows carry one. */
export function summarizeCurrency(rows: readonly StatementRow[]): string | undefined {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.currency) counts.set(r.currency, (counts.get(r.currency) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [c, n] of counts) {
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

const CODE_IN_VALUE =
  /(?:^|[\s\d])(EUR|USD|GBP|CHF|CAD|AUD|NZD|JPY|SEK|NOK|DKK|PLN|CZK|HUF|SGD|HKD)(?:$|[\s\d])/;

/** Currency written inside money cells ("5718,49 EUR", "€12.50", "$1,234.56", "£3.20"). */
export function currencyFromValues(values: Iterable<string>): string | undefined {
  let checked = 0;
  for (const v of values) {
    if (!v) continue;
    if (++checked > 200) break;
    const m = CODE_IN_VALUE.exec(v);
    if (m) return m[1];
    if (v.includes('€')) return 'EUR';
    if (v.includes('£')) return 'GBP';
    if (v.includes('¥')) return 'JPY';
    if (v.includes('$')) return 'USD';
  }
  return undefined;
}
