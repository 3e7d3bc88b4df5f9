/**
 * Merchant knowledge: the curated table plus the (lazily loaded) name-suggestion-index dictionary,
 * indexed once by first token and by compact key so that matching a descriptor costs a few map lookups.
 */
import { CURATED, type CuratedBrand } from './data/curated';
import { toKey } from './fold';

/** The shape of `data/brands.json` (see scripts/build-merchant-dictionary.mjs). */
export interface BrandsJson {
  v: number;
  source?: string;
  /** category id → brand names */
  c: Record<string, string[]>;
  /** brand name → extra payee keys */
  a?: Record<string, string[]>;
}

export interface BrandEntry {
  name: string;
  category: string;
  source: 'curated' | 'dictionary';
  /** Only matches when nothing but location/legal noise follows it. */
  strict: boolean;
  /** Strict only because it is a short single word ("KFC", "Esso"): relaxed for card payments. */
  short?: boolean;
}

interface Pattern {
  tokens: string[];
  entry: BrandEntry;
}

export interface MerchantKnowledge {
  /** Single-token patterns by token, multi-token patterns by "first second" tokens (longest first). */
  readonly byFirstToken: ReadonlyMap<string, readonly Pattern[]>;
  readonly byCompact: ReadonlyMap<string, BrandEntry>;
  readonly size: number;
}

/** Single words that are brands somewhere but mostly first names or plain words in bank text. */
const AMBIGUOUS = new Set(
  `laura emma next only away mind pink coin game once sense scope rise comet relay depot kiosk debra cecil jules lloyd
  orion omega salsa claire marc monica max sacha norah bruno louis mario marco paul anna julia sofia nina victoria
  carla alice eva lea hugo leo oscar felix jack sam tom zoe ella mia noah james john david peter maria martin
  thomas simon pierre jean luc marie sophie nicolas julien michel andre denis bernard robert richard thierry
  service services shop store market center centre city station post express direct plus online international
  group home house best first new golden royal star sun king queen time life world one top smart green blue red
  black white gold silver total premier prime central national general united global euro metro local super mega
  food cash bank pay card credit money save easy quick fast free open office studio atelier la le les el`
    .split(/\s+/)
    .filter(Boolean),
);

/** Everyday words: a dictionary brand made only of these ("The Coffee") must stand alone to match. */
const COMMON = new Set(
  `the a an and of de du la le les der die das het coffee cafe house kitchen pizza burger grill bar pub food market
  shop store city express bakery bread wine beer garden corner village street station hotel inn club fitness home
  style fashion outlet center centre world mini super nails hair beauty studio`
    .split(/\s+/)
    .filter(Boolean),
);

function addPattern(
  byFirst: Map<string, Pattern[]>,
  byCompact: Map<string, BrandEntry>,
  key: string,
  entry: BrandEntry,
): void {
  const tokens = key.split(' ');
  const first = tokens.length > 1 ? `${tokens[0]} ${tokens[1]}` : tokens[0];
  if (!first) return;
  if (entry.source === 'dictionary' && tokens.length === 1 && AMBIGUOUS.has(first)) return;
  if (tokens.length > 1) byFirst.set(tokens[0] ?? '', byFirst.get(tokens[0] ?? '') ?? []);
  const list = byFirst.get(first) ?? [];
  if (!list.some((p) => p.tokens.join(' ') === key)) list.push({ tokens, entry });
  byFirst.set(first, list);
  const compact = tokens.join('');
  if (tokens.length > 1 && compact.length >= 6 && !byCompact.has(compact)) byCompact.set(compact, entry);
}

/** Builds the index from the curated table and, when given, the lazily loaded brands.json. */
export function buildKnowledge(
  brands?: BrandsJson | null,
  curated: readonly CuratedBrand[] = CURATED,
  /** The statement's countries: curated names limited to other countries are left out. All when absent. */
  countries?: readonly string[],
): MerchantKnowledge {
  const byFirst = new Map<string, Pattern[]>();
  const byCompact = new Map<string, BrandEntry>();
  let size = 0;
  for (const brand of curated) {
    if (countries && brand.countries && !brand.countries.some((c) => countries.includes(c))) continue;
    const entry: BrandEntry = {
      name: brand.name,
      category: brand.category,
      source: 'curated',
      strict: brand.exact,
    };
    for (const alias of brand.aliases) addPattern(byFirst, byCompact, alias, entry);
    size++;
  }
  for (const [category, names] of Object.entries(brands?.c ?? {})) {
    for (const name of names) {
      const key = toKey(name);
      const single = !key.includes(' ');
      const common = key.split(' ').every((t) => COMMON.has(t) || AMBIGUOUS.has(t));
      const short = single && key.length <= 4 && !common;
      const entry: BrandEntry = { name, category, source: 'dictionary', strict: short || common, short };
      addPattern(byFirst, byCompact, key, entry);
      for (const alias of brands?.a?.[name] ?? []) addPattern(byFirst, byCompact, alias, entry);
      if (single && key.length >= 6) byCompact.set(key, byCompact.get(key) ?? entry);
      size++;
    }
  }
  // Longest pattern first; curated before dictionary at equal length.
  for (const list of byFirst.values()) {
    list.sort(
      (a, b) =>
        b.tokens.length - a.tokens.length ||
        Number(a.entry.source === 'dictionary') - Number(b.entry.source === 'dictionary'),
    );
  }
  return { byFirstToken: byFirst, byCompact, size };
}

let curatedOnly: MerchantKnowledge | undefined;
/** Knowledge built from the curated table alone (cached). */
export function curatedKnowledge(): MerchantKnowledge {
  return (curatedOnly ??= buildKnowledge(null));
}
