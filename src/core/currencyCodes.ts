/**
 * ISO 4217 currency codes (the list browsers and Node format, from Intl.supportedValuesOf('currency')), fixed here so a
 * check gives the same answer everywhere. A code outside it ("€", "POS") makes Intl throw or prints nonsense.
 */
const CODES =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP ' +
  'GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD ' +
  'KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO ' +
  'NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL ' +
  'SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST ' +
  'XAF XCD XCG XDR XOF XPF XSU YER ZAR ZMW ZWG ZWL ' +
  // Also used by banks and fintech accounts: offshore yuan, Venezuelan digital bolívar, precious metals.
  'CNH VED XAG XAU XPD XPT';

const ISO_4217 = new Set(CODES.split(' '));

/** True for an ISO 4217 currency code such as "EUR". */
export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && ISO_4217.has(value);
}
