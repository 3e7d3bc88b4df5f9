#!/usr/bin/env node
// Builds src/core/merchant/data/brands.json from the name-suggestion-index package (BSD-3-Clause).
// Keeps brands present in Kept's supported countries (or worldwide), maps their OpenStreetMap tags to
// Kept's default category ids, and writes a compact JSON: { v, source, c: { categoryId: [names] }, a: { name: [aliases] } }.
// Run: node scripts/build-merchant-dictionary.mjs
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const nsiDir = join(root, 'node_modules/name-suggestion-index');
const nsi = JSON.parse(readFileSync(join(nsiDir, 'dist/json/nsi.json'), 'utf8'));
const outDir = join(root, 'src/core/merchant/data');

// Supported countries plus world (001), Europe (150), Northern America (021) and the EU.
const REGIONS = new Set(['us', 'gb', 'fr', 'de', 'nl', 'es', 'it', 'ca', 'be', 'ch', 'at', 'ie', '001', '150', '021', 'eu']);

function relevant(locationSet) {
  return (locationSet?.include ?? []).some((x) => {
    if (typeof x !== 'string') return false;
    const code = x.toLowerCase().split(/[-.]/)[0];
    return REGIONS.has(code);
  });
}

// OSM tag → Kept category id. `null` drops the brand (banks, ATMs, lockers… would only add false matches).
const BY_KEY = {
  amenity: {
    restaurant: 'dining', fast_food: 'dining', cafe: 'dining', bar: 'dining', pub: 'dining', ice_cream: 'dining',
    food_court: 'dining', biergarten: 'dining',
    fuel: 'transport', charging_station: 'transport', car_wash: 'transport', parking: 'transport',
    bicycle_rental: 'transport', car_sharing: 'transport', motorcycle_rental: 'transport', vehicle_inspection: 'transport',
    car_rental: 'travel',
    pharmacy: 'health', dentist: 'health', doctors: 'health', clinic: 'health', hospital: 'health', veterinary: 'health',
    cinema: 'entertainment', theatre: 'entertainment', casino: 'entertainment', gambling: 'entertainment',
    kindergarten: 'education', school: 'education', prep_school: 'education', university: 'education', college: 'education',
    language_school: 'education', driving_school: 'education', music_school: 'education', training: 'education',
    childcare: 'education', library: 'education',
    post_office: 'shopping',
  },
  shop: {
    supermarket: 'groceries', convenience: 'groceries', greengrocer: 'groceries', butcher: 'groceries', bakery: 'groceries',
    pastry: 'groceries', deli: 'groceries', frozen_food: 'groceries', health_food: 'groceries', cheese: 'groceries',
    seafood: 'groceries', dairy: 'groceries', beverages: 'groceries', alcohol: 'groceries', wine: 'groceries',
    spices: 'groceries', tea: 'groceries', coffee: 'groceries', confectionery: 'groceries', chocolate: 'groceries',
    wholesale: 'groceries', country_store: 'groceries', farm: 'groceries', organic: 'groceries',
    car_repair: 'transport', tyres: 'transport', car_parts: 'transport', car: 'transport', motorcycle: 'transport',
    motorcycle_repair: 'transport', truck: 'transport', truck_repair: 'transport', bicycle: 'transport',
    travel_agency: 'travel',
    optician: 'health', hearing_aids: 'health', medical_supply: 'health', herbalist: 'health',
    chemist: 'personal_care', hairdresser: 'personal_care', beauty: 'personal_care', cosmetics: 'personal_care',
    perfumery: 'personal_care', massage: 'personal_care', tattoo: 'personal_care', nutrition_supplements: 'personal_care',
    dry_cleaning: 'personal_care', laundry: 'personal_care', hairdresser_supply: 'personal_care',
    telecommunication: 'utilities', mobile_phone: 'utilities', gas: 'utilities',
    ticket: 'entertainment', lottery: 'entertainment', bookmaker: 'entertainment', video_games: 'entertainment',
    estate_agent: 'housing', storage_rental: 'housing',
    money_lender: null, pawnbroker: null, gold_buyer: null, funeral_directors: null, outpost: null, mall: null,
  },
  tourism: { hotel: 'travel', motel: 'travel', hostel: 'travel', caravan_site: 'travel', camp_site: 'travel',
    theme_park: 'entertainment', museum: 'entertainment', zoo: 'entertainment' },
  leisure: { fitness_centre: 'personal_care', sports_centre: 'personal_care', fitness_station: null, dance: 'personal_care',
    sauna: 'personal_care', playground: null, dog_park: null },
  healthcare: { blood_donation: null, '*': 'health' },
  office: { insurance: 'insurance', estate_agent: 'housing', tax_advisor: 'fees', coworking: 'housing' },
  man_made: { charge_point: 'transport' },
  highway: { services: 'transport' },
  craft: { '*': 'housing', electronics_repair: 'shopping' },
};
const DEFAULT_BY_KEY = { shop: 'shopping', leisure: 'entertainment' };

function categoryFor(path) {
  const [, key, value] = path.split('/');
  const table = BY_KEY[key];
  if (table && value in table) return table[value];
  if (table && '*' in table) return table['*'];
  return DEFAULT_BY_KEY[key] ?? null;
}

// Same folding as src/core/merchant/fold.ts (toKey); kept in sync by the dictionary test.
const GERMAN = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue', ẞ: 'ss' };
function toKey(s) {
  return s
    .replace(/[äöüßÄÖÜẞ]/g, (c) => GERMAN[c])
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`´]/g, '')
    .replace(/&/g, ' & ')
    .replace(/\+/g, ' + ')
    .replace(/[^a-z0-9&+]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

const latin = (s) => /^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]+$/u.test(s);
const CATEGORY_RANK = ['groceries', 'dining', 'transport', 'health', 'personal_care', 'shopping', 'travel',
  'entertainment', 'utilities', 'insurance', 'education', 'housing', 'fees'];

/** key → { name, votes: Map<category, n>, aliases:Set } */
const byKey = new Map();
let considered = 0;
for (const [path, group] of Object.entries(nsi.nsi)) {
  if (!path.startsWith('brands/')) continue;
  const category = categoryFor(path);
  if (!category) continue;
  for (const item of group.items) {
    if (!relevant(item.locationSet)) continue;
    const name = item.tags?.brand ?? item.tags?.name ?? item.displayName;
    if (!name || !latin(name)) continue;
    const key = toKey(name);
    if (key.length < 2) continue;
    considered++;
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { name, votes: new Map(), aliases: new Set() }));
    entry.votes.set(category, (entry.votes.get(category) ?? 0) + 1);
    for (const alias of item.matchNames ?? []) {
      const ak = toKey(alias);
      if (ak.length >= 3 && ak !== key && latin(alias)) entry.aliases.add(ak);
    }
  }
}

const out = { v: 1, source: `name-suggestion-index ${nsi._meta.version}`, c: {}, a: {} };
const aliasOwners = new Map();
for (const entry of byKey.values()) {
  const [category] = [...entry.votes.entries()].sort(
    (x, y) => y[1] - x[1] || CATEGORY_RANK.indexOf(x[0]) - CATEGORY_RANK.indexOf(y[0]),
  )[0];
  (out.c[category] ??= []).push(entry.name);
  for (const alias of entry.aliases) {
    if (byKey.has(alias)) continue; // an alias that is another brand's name is ambiguous
    aliasOwners.set(alias, aliasOwners.has(alias) ? null : entry.name);
  }
}
for (const [alias, owner] of aliasOwners) if (owner) (out.a[owner] ??= []).push(alias);
for (const list of Object.values(out.c)) list.sort((x, y) => x.localeCompare(y));

const json = JSON.stringify(out);
writeFileSync(join(outDir, 'brands.json'), json + '\n');
copyFileSync(join(nsiDir, 'LICENSE.md'), join(outDir, 'NSI-LICENSE.txt'));
const entries = Object.values(out.c).reduce((n, l) => n + l.length, 0);
console.log(
  `brands.json: ${entries} brands (${considered} NSI items), ${aliasOwners.size} aliases, ` +
    `${json.length} bytes raw, ${gzipSync(json).length} bytes gzip`,
);
for (const [c, l] of Object.entries(out.c)) console.log(`  ${c}: ${l.length}`);
