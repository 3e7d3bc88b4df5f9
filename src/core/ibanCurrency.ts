import type { CurrencyCode } from './types';

/** Countries whose IBAN accounts are almost always held in one currency. */
const BY_COUNTRY: Record<string, CurrencyCode> = {
  AT: 'EUR',
  BE: 'EUR',
  CY: 'EUR',
  DE: 'EUR',
  EE: 'EUR',
  ES: 'EUR',
  FI: 'EUR',
  FR: 'EUR',
  GR: 'EUR',
  HR: 'EUR',
  IE: 'EUR',
  IT: 'EUR',
  LT: 'EUR',
  LU: 'EUR',
  LV: 'EUR',
  MC: 'EUR',
  MT: 'EUR',
  NL: 'EUR',
  PT: 'EUR',
  SI: 'EUR',
  SK: 'EUR',
  SM: 'EUR',
  GB: 'GBP',
  CH: 'CHF',
  LI: 'CHF',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  BG: 'BGN',
  IS: 'ISK',
};

/**
 * The currency an account number implies when it is an IBAN ("DE55 7005 …" → EUR, "GB29 NWBK …" → GBP), for
 * files that never name a currency; undefined for anything else (card masks, US account numbers).
 */
export function currencyFromIban(accountNumber: string | undefined): CurrencyCode | undefined {
  const compact = (accountNumber ?? '').replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) return undefined;
  return BY_COUNTRY[compact.slice(0, 2)];
}
