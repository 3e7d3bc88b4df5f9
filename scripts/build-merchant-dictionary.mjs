#!/usr/bin/env node
// Builds the per-country brand packs src/core/merchant/data/brands/<pack>.json from the name-suggestion-index package (BSD-3-Clause).
// Keeps brands present in Kept's supported countries (or worldwide), maps their OpenStreetMap tags to Kept's
// default category ids and writes one compact JSON per country or region ({ v, source, c: { categoryId: [names] },
// a: { name: [aliases] } }), so that an import loads only the packs of the countries its accounts use.
// Run: node scripts/build-merchant-dictionary.mjs
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const nsiDir = join(root, 'node_modules/name-suggestion-index');
const nsi = JSON.parse(readFileSync(join(nsiDir, 'dist/json/nsi.json'), 'utf8'));
const outDir = join(root, 'src/core/merchant/data');

// Countries Kept ships a pack for, and the regions whose brands load with them: a brand goes into the pack of each
// country or region its locationSet includes ("fx" is metropolitan France). World brands load for everyone.
const COUNTRIES = 'us ca gb ie fr be de at ch nl it es pt se dk no fi pl au nz'.split(' ');
const REGION_PACKS = {
  '001': 'world',
  150: 'europe',
  eu: 'europe',
  155: 'europe',
  154: 'europe',
  '039': 'europe',
  '021': 'northamerica',
  '003': 'northamerica',
  '009': 'oceania',
  '053': 'oceania',
  fx: 'fr',
  uk: 'gb',
};

function packsOf(locationSet) {
  const packs = new Set();
  for (const x of locationSet?.include ?? []) {
    if (typeof x !== 'string') continue;
    const code = x.toLowerCase().split(/[-.]/)[0];
    const pack = REGION_PACKS[code] ?? (COUNTRIES.includes(code) ? code : null);
    if (pack) packs.add(pack);
  }
  return packs;
}

// OSM tag → Kept category id, one line per `key: values = category`; `*` is any other value of that key and
// `-` drops the brand (banks, ATMs, lockers, pawnbrokers… would only add false matches).
const MAPPING = `
amenity: restaurant fast_food cafe bar pub ice_cream food_court biergarten = dining
amenity: fuel charging_station car_wash parking bicycle_rental car_sharing motorcycle_rental vehicle_inspection = transport
amenity: car_rental = travel
amenity: pharmacy dentist doctors clinic hospital veterinary = health
amenity: cinema theatre casino gambling = entertainment
amenity: kindergarten school prep_school university college language_school driving_school music_school = education
amenity: training childcare library = education
amenity: post_office = shopping
shop: supermarket convenience greengrocer butcher bakery pastry deli frozen_food health_food cheese seafood = groceries
shop: dairy beverages alcohol wine spices tea coffee confectionery chocolate wholesale country_store farm organic = groceries
shop: car_repair tyres car_parts car motorcycle motorcycle_repair truck truck_repair bicycle = transport
shop: travel_agency = travel
shop: optician hearing_aids medical_supply herbalist = health
shop: chemist hairdresser beauty cosmetics perfumery massage tattoo nutrition_supplements dry_cleaning = personal_care
shop: laundry hairdresser_supply = personal_care
shop: telecommunication mobile_phone gas = utilities
shop: ticket lottery bookmaker video_games = entertainment
shop: estate_agent storage_rental doityourself hardware garden_centre paint tiles flooring bathroom_furnishing = housing
shop: trade = housing
shop: money_lender pawnbroker gold_buyer funeral_directors outpost mall = -
shop: * = shopping
tourism: hotel motel hostel caravan_site camp_site = travel
tourism: theme_park museum zoo = entertainment
leisure: fitness_centre sports_centre dance sauna = personal_care
leisure: fitness_station playground dog_park = -
leisure: * = entertainment
healthcare: blood_donation = -
healthcare: * = health
office: insurance = insurance
office: estate_agent coworking = housing
office: tax_advisor = fees
man_made: charge_point = transport
highway: services = transport
craft: electronics_repair = shopping
craft: * = housing
`;

const BY_KEY = {};
for (const line of MAPPING.trim().split('\n')) {
  const [, key, values, category] = /^(\w+):\s*(.+?)\s*=\s*(\S+)$/.exec(line);
  for (const value of values.split(/\s+/)) (BY_KEY[key] ??= {})[value] = category === '-' ? null : category;
}

function categoryFor(path) {
  const [, key, value] = path.split('/');
  const table = BY_KEY[key] ?? {};
  if (value in table) return table[value];
  return table['*'] ?? null;
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
// A brand present in several categories takes the first of this order: supermarket chains also run fuel
// stations and cafés (E.Leclerc, IKEA), so shops rank before restaurants and fuel.
const CATEGORY_RANK = [
  'groceries',
  'health',
  'personal_care',
  'housing',
  'shopping',
  'travel',
  'entertainment',
  'education',
  'insurance',
  'utilities',
  'dining',
  'transport',
  'fees',
];

// A brand's defining shop type outweighs its side businesses: E.Leclerc is a supermarket that also sells fuel,
// Shell a fuel station with a convenience shop, IKEA a furniture store with a restaurant.
const STRONG = new Map([
  ['brands/shop/supermarket', 1000],
  ['brands/shop/furniture', 300],
  ['brands/shop/department_store', 300],
  ['brands/shop/doityourself', 300],
  ['brands/shop/clothes', 300],
  ['brands/shop/electronics', 300],
  ['brands/amenity/fuel', 100],
  ['brands/amenity/pharmacy', 100],
]);

/** key → { name, votes: Map<category, n>, aliases:Set } */
const byKey = new Map();
let considered = 0;
for (const [path, group] of Object.entries(nsi.nsi)) {
  if (!path.startsWith('brands/')) continue;
  const category = categoryFor(path);
  if (!category) continue;
  for (const item of group.items) {
    const packs = packsOf(item.locationSet);
    if (packs.size === 0) continue;
    const name = item.tags?.brand ?? item.tags?.name ?? item.displayName;
    if (!name || !latin(name)) continue;
    const key = toKey(name);
    if (key.length < 2) continue;
    considered++;
    let entry = byKey.get(key);
    if (!entry)
      byKey.set(key, (entry = { name, votes: new Map(), aliases: new Set(), packVotes: new Map() }));
    const weight = STRONG.get(path) ?? 1;
    entry.votes.set(category, (entry.votes.get(category) ?? 0) + weight);
    for (const pack of packs) {
      const votes = entry.packVotes.get(pack) ?? new Map();
      votes.set(category, (votes.get(category) ?? 0) + weight);
      entry.packVotes.set(pack, votes);
    }
    // Banks print "HEMKOP", "APOTEK HJARTAT": the name without the German transliteration is an alias too.
    const plain = toKey(name.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
    if (plain !== key && plain.length >= 3) entry.aliases.add(plain);
    for (const alias of item.matchNames ?? []) {
      const ak = toKey(alias);
      if (ak.length >= 3 && ak !== key && latin(alias)) entry.aliases.add(ak);
    }
  }
}

const source = `name-suggestion-index ${nsi._meta.version}`;
const out = new Map();
const pack = (id) => {
  if (!out.has(id)) out.set(id, { v: 1, source, c: {}, a: {} });
  return out.get(id);
};
const aliasOwners = new Map();
const winner = (votes) =>
  [...votes.entries()].sort(
    (x, y) => y[1] - x[1] || CATEGORY_RANK.indexOf(x[0]) - CATEGORY_RANK.indexOf(y[0]),
  )[0][0];
const REGIONAL = new Set(Object.values(REGION_PACKS).filter((id) => !COUNTRIES.includes(id)));
/**
 * One name, several brands: the British furniture shop Harveys and the Canadian grill Harvey's. A country pack keeps
 * its own category when the brand-wide winner is not sold there and comes from other countries only; a winner from a
 * world or European item (Shell's fuel stations) holds everywhere.
 */
function categoryIn(entry, packId) {
  const global = winner(entry.votes);
  const local = entry.packVotes.get(packId);
  if (!local || local.has(global) || REGIONAL.has(packId)) return global;
  const globalIsRegional = [...entry.packVotes].some(([id, votes]) => REGIONAL.has(id) && votes.has(global));
  return globalIsRegional ? global : winner(local);
}
for (const entry of byKey.values()) {
  for (const alias of entry.aliases) {
    if (byKey.has(alias)) continue; // an alias that is another brand's name is ambiguous
    aliasOwners.set(alias, aliasOwners.has(alias) ? null : entry.name);
  }
}
const aliasesOf = new Map();
for (const [alias, owner] of aliasOwners)
  if (owner) aliasesOf.set(owner, [...(aliasesOf.get(owner) ?? []), alias]);
for (const entry of byKey.values()) {
  for (const id of entry.packVotes.keys()) {
    const p = pack(id);
    (p.c[categoryIn(entry, id)] ??= []).push(entry.name);
    const aliases = aliasesOf.get(entry.name);
    if (aliases) p.a[entry.name] = aliases;
  }
}

const packDir = join(outDir, 'brands');
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });
let total = 0;
for (const [id, p] of [...out.entries()].sort()) {
  for (const list of Object.values(p.c)) list.sort((x, y) => x.localeCompare(y));
  const json = JSON.stringify(p);
  writeFileSync(join(packDir, `${id}.json`), json + '\n');
  const entries = Object.values(p.c).reduce((n, l) => n + l.length, 0);
  total += json.length;
  console.log(`${id}.json: ${entries} brands, ${json.length} B raw, ${gzipSync(json).length} B gzip`);
}
copyFileSync(join(nsiDir, 'LICENSE.md'), join(outDir, 'NSI-LICENSE.txt'));
console.log(`${byKey.size} brands from ${considered} NSI items in ${out.size} packs, ${total} B raw in all`);
