import type { CurrencyCode } from './types';

const fractionDigitsCache = new Map<string, number>();

/** Number of minor-unit digits of a currency (2 for EUR, 0 for JPY, 3 for BHD). */
export function currencyDigits(currency: CurrencyCode): number {
  const cached = fractionDigitsCache.get(currency);
  if (cached !== undefined) return cached;
  let digits = 2;
  try {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
  } catch {
    digits = 2;
  }
  fractionDigitsCache.set(currency, digits);
  return digits;
}

/** Minor units to a plain decimal string with `.`, e.g. -1234 EUR → "-12.34". */
export function minorToDecimalString(minor: number, currency: CurrencyCode): string {
  const digits = currencyDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  if (digits === 0) return `${sign}${abs}`;
  const scale = 10 ** digits;
  const whole = Math.floor(abs / scale);
  const frac = String(abs % scale).padStart(digits, '0');
  return `${sign}${whole}.${frac}`;
}

/** Major units as a number, for charts only (never for arithmetic). */
export function minorToMajor(minor: number, currency: CurrencyCode): number {
  return minor / 10 ** currencyDigits(currency);
}

const formatterCache = new Map<string, Intl.NumberFormat>();

/**
 * Compact figures abbreviate thousands to one decimal ("$5.6K"). Below a thousand nothing is abbreviated: whole
 * units ("$77", not "$76.7"), but cents below ten that are not whole ("$2.50" on an axis in steps of 2.5). Nor
 * are figures of a size the locale writes out in full ("1670 €" in German, not "1669,8 €").
 */
function compactStyle(major: number, locale: string): keyof typeof COMPACT_DIGITS {
  const size = Math.abs(major);
  if (size >= 1000) return abbreviatesSize(locale, Math.floor(Math.log10(size))) ? 'c' : 'c0';
  return size < 10 && !Number.isInteger(major) ? 'c2' : 'c0';
}

const abbreviating = new Map<string, boolean>();

/** Whether the locale's compact notation shortens numbers of `magnitude` digits after the first (1.2K, 1,2 Mio.). */
function abbreviatesSize(locale: string, magnitude: number): boolean {
  const key = `${locale}|${magnitude}`;
  let known = abbreviating.get(key);
  if (known === undefined) {
    const probe = Math.round(1.234 * 10 ** magnitude);
    const digits = new Intl.NumberFormat(locale, { notation: 'compact', numberingSystem: 'latn' })
      .format(probe)
      .replace(/\D/g, '');
    abbreviating.set(key, (known = digits !== String(probe)));
  }
  return known;
}

const COMPACT_DIGITS = {
  c: { maximumFractionDigits: 1 },
  c0: { maximumFractionDigits: 0 },
  c2: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
} as const;

export function formatMoney(
  minor: number,
  currency: CurrencyCode,
  locale: string,
  options: { compact?: boolean; signDisplay?: 'auto' | 'always' | 'exceptZero' } = {},
): string {
  const major = minorToMajor(minor, currency) + 0;
  const compact = options.compact ? compactStyle(major, locale) : '';
  const key = `${locale}|${currency}|${compact}|${options.signDisplay ?? 'auto'}`;
  let formatter = formatterCache.get(key);
  const wellFormed = /^[A-Za-z]{3}$/.test(currency);
  if (!formatter) {
    const shared: Intl.NumberFormatOptions = {
      signDisplay: options.signDisplay ?? 'auto',
      ...(compact ? { notation: 'compact', ...COMPACT_DIGITS[compact] } : {}),
    };
    // Intl throws a RangeError for a code that is not three letters ("€"): such a value (stored by an older
    // version) is shown as a number followed by the text, instead of taking the whole view down.
    formatter = wellFormed
      ? new Intl.NumberFormat(locale, { style: 'currency', currency, ...shared })
      : new Intl.NumberFormat(locale, options.compact ? shared : { minimumFractionDigits: 2, ...shared });
    formatterCache.set(key, formatter);
  }
  // A zero stored as -0 (older imports) would print "-€0.00": `+ 0` above makes it a plain zero.
  const text = formatter.format(major);
  return wellFormed ? text : `${text} ${currency}`.trim();
}

/** Regions whose people almost always hold this currency (the euro area falls to EUR below). */
const REGION_CURRENCIES: Record<string, CurrencyCode> = {
  US: 'USD',
  GB: 'GBP',
  CA: 'CAD',
  CH: 'CHF',
  LI: 'CHF',
  AU: 'AUD',
  NZ: 'NZD',
  AR: 'ARS',
  CL: 'CLP',
  CO: 'COP',
  UY: 'UYU',
  JP: 'JPY',
  KR: 'KRW',
  CN: 'CNY',
  HK: 'HKD',
  TW: 'TWD',
  SG: 'SGD',
  IN: 'INR',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  IS: 'ISK',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  TR: 'TRY',
  IL: 'ILS',
  UA: 'UAH',
  BR: 'BRL',
  MX: 'MXN',
  ZA: 'ZAR',
  AE: 'AED',
  TH: 'THB',
  ID: 'IDR',
  VN: 'VND',
  RU: 'RUB',
  BY: 'BYN',
  KZ: 'KZT',
  UZ: 'UZS',
  AZ: 'AZN',
  GE: 'GEL',
  AM: 'AMD',
  MD: 'MDL',
  RS: 'RSD',
  BA: 'BAM',
  MK: 'MKD',
  AL: 'ALL',
  MY: 'MYR',
  PH: 'PHP',
  PK: 'PKR',
  BD: 'BDT',
  LK: 'LKR',
  NP: 'NPR',
  MN: 'MNT',
  KH: 'KHR',
  MM: 'MMK',
  IR: 'IRR',
  IQ: 'IQD',
  SA: 'SAR',
  QA: 'QAR',
  KW: 'KWD',
  BH: 'BHD',
  OM: 'OMR',
  JO: 'JOD',
  LB: 'LBP',
  EG: 'EGP',
  MA: 'MAD',
  DZ: 'DZD',
  TN: 'TND',
  NG: 'NGN',
  GH: 'GHS',
  KE: 'KES',
  TZ: 'TZS',
  UG: 'UGX',
  ET: 'ETB',
  SN: 'XOF',
  CI: 'XOF',
  CM: 'XAF',
  PE: 'PEN',
  BO: 'BOB',
  PY: 'PYG',
  VE: 'VES',
  CR: 'CRC',
  GT: 'GTQ',
  DO: 'DOP',
  JM: 'JMD',
  TT: 'TTD',
  PR: 'USD',
  EC: 'USD',
  SV: 'USD',
  PA: 'USD',
};

/** Languages spoken mostly in one of those regions, for a locale that names no region ("ja", "sv"). */
const LANGUAGE_CURRENCIES: Record<string, CurrencyCode> = {
  ja: 'JPY',
  ko: 'KRW',
  sv: 'SEK',
  da: 'DKK',
  nb: 'NOK',
  nn: 'NOK',
  no: 'NOK',
  is: 'ISK',
  pl: 'PLN',
  cs: 'CZK',
  hu: 'HUF',
  ro: 'RON',
  tr: 'TRY',
  he: 'ILS',
  uk: 'UAH',
  th: 'THB',
  vi: 'VND',
  id: 'IDR',
  ru: 'RUB',
  fa: 'IRR',
  ms: 'MYR',
  fil: 'PHP',
  ur: 'PKR',
  bn: 'BDT',
  ka: 'GEL',
  hy: 'AMD',
  kk: 'KZT',
  sr: 'RSD',
  mk: 'MKD',
  sq: 'ALL',
  sw: 'KES',
  am: 'ETB',
  mn: 'MNT',
  km: 'KHR',
  my: 'MMK',
};

/** The likely currency of a person whose browser locale is `locale` (for files that never name one). */
export function currencyForLocale(locale: string): CurrencyCode {
  const [first = '', second] = locale.split(/[-_]/);
  const language = first.toLowerCase();
  const region = second?.toUpperCase();
  const fromRegion = region ? REGION_CURRENCIES[region] : LANGUAGE_CURRENCIES[language];
  if (fromRegion) return fromRegion;
  return language === 'en' && !region ? 'USD' : 'EUR';
}

/** Chart values back to minor units (for formatting axis ticks and tooltips). */
export function majorToMinor(major: number, currency: CurrencyCode): number {
  return Math.round(major * 10 ** currencyDigits(currency));
}
