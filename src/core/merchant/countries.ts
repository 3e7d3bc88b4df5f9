/**
 * Which brand packs an import needs. Brand knowledge is split per country (data/brands/<pack>.json, built by
 * scripts/build-merchant-dictionary.mjs) so that a statement loads only the shops of the countries its accounts
 * live in. The signals, strongest first: the IBAN country of the account, the bank preset ("fr_boursorama"),
 * the currencies of the file and its rows (EUR alone says "somewhere in the euro area"). With no signal at all
 * every pack is used: slower to load once, never wrong.
 */
import type { BrandsJson } from './knowledge';

export const PACK_COUNTRIES = [
  'us',
  'ca',
  'gb',
  'ie',
  'fr',
  'be',
  'de',
  'at',
  'ch',
  'nl',
  'it',
  'es',
  'pt',
  'se',
  'dk',
  'no',
  'fi',
  'pl',
  'au',
  'nz',
] as const;

export type PackCountry = (typeof PACK_COUNTRIES)[number];

const KNOWN = new Set<string>(PACK_COUNTRIES);
const EUROPE = new Set<string>('gb ie fr be de at ch nl it es pt se dk no fi pl'.split(' '));
const EURO_AREA: PackCountry[] = ['fr', 'de', 'nl', 'be', 'at', 'it', 'es', 'pt', 'ie', 'fi'];

const CURRENCY_COUNTRY: Record<string, PackCountry> = {
  USD: 'us',
  CAD: 'ca',
  GBP: 'gb',
  AUD: 'au',
  NZD: 'nz',
  CHF: 'ch',
  SEK: 'se',
  DKK: 'dk',
  NOK: 'no',
  PLN: 'pl',
};

/** Bank preset ids start with a country ("uk_monzo" is Great Britain; "eu_revolut" says nothing). */
const PRESET_ALIASES: Record<string, PackCountry> = { uk: 'gb' };

export interface StatementSignals {
  /** Bank preset id of the reading profile, e.g. "fr_boursorama". */
  bankId?: string;
  /** Account numbers or IBANs found in the preamble or on the rows. */
  accounts?: readonly (string | undefined)[];
  /** ISO currency codes of the file and of its rows. */
  currencies?: readonly (string | undefined)[];
  /** The person's locale ("en-AU"): their own country's brands are always loaded. */
  locale?: string;
}

const asCountry = (code: string | undefined): PackCountry | undefined => {
  const c = code?.toLowerCase();
  if (!c) return undefined;
  const aliased = PRESET_ALIASES[c] ?? c;
  return KNOWN.has(aliased) ? (aliased as PackCountry) : undefined;
};

/** The countries whose brands a statement needs, or every pack country when nothing tells. */
export function countriesOfStatement(signals: StatementSignals): PackCountry[] {
  const found = new Set<PackCountry>();
  for (const account of signals.accounts ?? []) {
    const iban = /^\s*([A-Z]{2})\d{2}[A-Z0-9 ]{8,}/.exec(account ?? '');
    const country = asCountry(iban?.[1]);
    if (country) found.add(country);
  }
  const preset = asCountry(/^([a-z]{2})_/.exec(signals.bankId ?? '')?.[1]);
  if (preset) found.add(preset);
  let euro = false;
  for (const currency of signals.currencies ?? []) {
    const code = currency?.toUpperCase();
    if (!code) continue;
    if (code === 'EUR') euro = true;
    const country = CURRENCY_COUNTRY[code];
    if (country) found.add(country);
  }
  // The person's own country (their locale) is always likely: a misread preset must not hide it.
  const fromLocale = asCountry(/[-_]([A-Za-z]{2})\b/.exec(signals.locale ?? '')?.[1]);
  if (fromLocale) found.add(fromLocale);
  if (euro && ![...found].some((c) => EURO_AREA.includes(c))) EURO_AREA.forEach((c) => found.add(c));
  if (found.size === 0) return [...PACK_COUNTRIES];
  return [...found].sort();
}

/**
 * Pack ids to load for these countries, the countries' own first: where two brands share a name (Harvey's the
 * Canadian grill, Harveys the British furniture shop) the local one wins. Europe's brands come when a European
 * country is among them, the world's always.
 */
export function packsFor(countries: readonly string[]): string[] {
  const packs = [...new Set(countries)].filter((c) => KNOWN.has(c)).sort();
  if (countries.some((c) => EUROPE.has(c))) packs.push('europe');
  return [...packs, 'world'];
}

/** Merges several packs into one dictionary (a brand present in several packs is kept once). */
export function mergePacks(packs: readonly BrandsJson[]): BrandsJson {
  const c: Record<string, string[]> = {};
  const a: Record<string, string[]> = {};
  const seen = new Set<string>();
  for (const pack of packs) {
    for (const [category, names] of Object.entries(pack.c)) {
      const list = (c[category] ??= []);
      for (const name of names) {
        if (seen.has(name)) continue;
        seen.add(name);
        list.push(name);
      }
    }
    Object.assign(a, pack.a ?? {});
  }
  return { v: 1, source: packs[0]?.source ?? '', c, a };
}
