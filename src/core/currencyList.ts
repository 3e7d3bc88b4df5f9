import type { CurrencyCode } from './types';

const COMMON = ['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'INR'];

/** ISO 4217 codes to choose from: `current` first, then the common ones, then every code the runtime knows. */
export function currencyChoices(current: CurrencyCode): CurrencyCode[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
  return [...new Set([current, ...COMMON, ...all])];
}
