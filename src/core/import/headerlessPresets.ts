import { normalizeName } from './text';
import type { BankPreset } from './presets';

const US = { currency: 'USD', dateOrder: 'MDY' as const };
const EU = { currency: 'EUR', dateOrder: 'DMY' as const };

/** Presets for files without a header, recognized by shape and values. */
interface HeaderlessPreset extends BankPreset {
  test: (delimiter: string, kinds: string, sample: string[][]) => boolean;
}

const allCells = (sample: string[][], col: number, re: RegExp): boolean => {
  let seen = 0;
  for (const r of sample) {
    const v = (r[col] ?? '').trim();
    if (v.length === 0) continue;
    if (!re.test(v)) return false;
    seen++;
  }
  return seen > 0;
};

const DMY_SLASH = /^\d{2}\/\d{2}\/\d{4}$/;
const MDY_ONLY = /^\d{2}\/(1[3-9]|2\d|3[01])\//;
const CANADIAN_PLACE = /\s(ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU)$/;
/** Continental banks' words for card payments, debits and transfers: a file full of them is not a UK bank's. */
const CONTINENTAL_WORDS =
  /\b(achat|prelevement|prlv|virement|vir|retrait|carte|paiement|lastschrift|kartenzahlung|uberweisung|compra|pago|transferencia|recibo|betaling|overboeking|pagamento|bonifico|addebito)\b/;
const mostlyContinental = (sample: string[][], col: number): boolean =>
  sample.filter((r) => CONTINENTAL_WORDS.test(normalizeName(r[col] ?? ''))).length * 2 > sample.length;

const HEADERLESS: HeaderlessPreset[] = [
  {
    id: 'us_wells_fargo_checking',
    bankName: 'Wells Fargo',
    headers: [],
    ...US,
    test: (d, k, s) => d === ',' && k.length === 5 && allCells(s, 2, /^\*$/),
  },
  {
    id: 'us_amex',
    bankName: 'American Express',
    headers: [],
    dateOrder: 'MDY',
    sign: 'inverted',
    abroadToo: true,
    test: (d, k, s) => d === ',' && k.length === 5 && allCells(s, 1, /^Reference:/i),
  },
  {
    id: 'uk_hsbc',
    bankName: 'HSBC',
    headers: [],
    currency: 'GBP',
    abroadToo: true,
    // Day-first DD/MM/YYYY only: a month-first file of this shape is not HSBC UK.
    test: (d, k, s) =>
      d === ',' &&
      (k === 'dtn' || k === 'dtnn') &&
      allCells(s, 0, DMY_SLASH) &&
      !s.some((r) => MDY_ONLY.test((r[0] ?? '').trim())) &&
      !mostlyContinental(s, 1),
  },
  {
    id: 'fr_bnp_paribas',
    bankName: 'BNP Paribas',
    headers: [],
    ...EU,
    test: (d, k) => d === ';' && k === 'dtttn',
  },
  {
    id: 'nl_abn_amro',
    bankName: 'ABN AMRO',
    headers: [],
    ...EU,
    test: (d, k, s) => d === '\t' && k.length === 8 && allCells(s, 2, /^\d{8}$/),
  },
];

/** A preset for a headerless file of a known shape (delimiter, per-column kinds, values). */
export function matchHeaderlessPreset(
  delimiter: string,
  kinds: string,
  sample: string[][],
): BankPreset | undefined {
  const p = HEADERLESS.find((h) => h.test(delimiter, kinds, sample));
  if (!p) return undefined;
  const { test: _test, ...preset } = p;
  if (p.id === 'us_amex') {
    let canadian = 0;
    let places = 0;
    for (const r of sample) {
      const place = (r[4] ?? '').trim();
      if (place.length === 0) continue;
      places++;
      if (CANADIAN_PLACE.test(place)) canadian++;
    }
    // Canadian places name the currency: no longer a guess the person's region may overrule.
    if (places > 0 && canadian * 2 >= places) {
      preset.currency = 'CAD';
      delete preset.abroadToo;
    } else preset.currency = 'USD';
  }
  return preset;
}
